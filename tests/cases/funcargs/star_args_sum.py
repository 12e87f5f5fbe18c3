# *args collects any number of positional ints into a tuple.
def total(*args: int) -> int:
    s = 0
    for a in args:
        s += a
    return s


def describe(label: str, *nums: int) -> str:
    return label + " " + str(len(nums)) + " " + str(nums)


print(total())
print(total(5))
print(total(1, 2, 3, 4))
print(total(*range(101)))
print(describe("none"))
print(describe("some", 3, 1, 2))
print(describe("one", 7))


def biggest(first: int, *rest: int) -> int:
    best = first
    for r in rest:
        if r > best:
            best = r
    return best


print(biggest(3), biggest(3, 9, -1, 4), biggest(-5, -6))
