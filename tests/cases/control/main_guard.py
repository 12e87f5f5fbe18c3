# Code split between module level and an if __name__ == "__main__" block.
def square(x: int) -> int:
    return x * x


def main() -> None:
    total = 0
    for i in range(1, 6):
        total += square(i)
        print("square of", i, "is", square(i))
    print("sum", total)


print("module level runs first")
if __name__ == "__main__":
    print("in main block")
    main()
    print("main done")
if __name__ != "__main__":
    print("imported")
else:
    print("run as script")
