"""Longest Collatz chain below a bound: ints, loops and a global counter."""

steps_taken = 0


def chain_length(n: int) -> int:
    """Steps until n reaches 1."""
    global steps_taken
    length = 1
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        length += 1
    steps_taken += length
    return length


def main() -> None:
    best = 0
    best_start = 0
    for start in range(1, 10000):
        length = chain_length(start)
        if length > best:
            best = length
            best_start = start
    print(f"longest chain below 10000 starts at {best_start} ({best} steps)")
    print(f"{steps_taken:,} steps in all, {steps_taken / 9999:.2f} on average")


if __name__ == "__main__":
    main()
