"""Recursive Fibonacci, the classic interpreter benchmark."""


def fib(n: int) -> int:
    """The n-th Fibonacci number, computed the slow way."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    for i in range(10):
        print(i, fib(i))
    print(fib(30))


if __name__ == "__main__":
    main()
