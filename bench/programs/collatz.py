"""Collatz: the start below N with the longest 3n+1 chain. Integer division,
parity tests and a hot while loop."""

N = 100_000  # smoke: 1000


def chain_length(start: int) -> int:
    steps = 1
    n = start
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main(limit: int) -> None:
    best_start = 1
    best_length = 1
    for start in range(1, limit):
        length = chain_length(start)
        if length > best_length:
            best_start = start
            best_length = length
    print(f"longest chain below {limit}: {best_start} ({best_length} terms)")


if __name__ == "__main__":
    main(N)
