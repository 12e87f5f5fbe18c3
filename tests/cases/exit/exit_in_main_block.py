# sys.exit() inside if __name__ == "__main__" with an exit status from main().
import sys


def main() -> int:
    errors = 0
    for i in range(6):
        if i % 4 == 3:
            print("bad item", i)
            errors += 1
        else:
            print("ok item", i)
    return errors


if __name__ == "__main__":
    status = main()
    print("errors:", status)
    sys.exit(status + 1)
