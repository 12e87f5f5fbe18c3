"""N-queens: counts every placement of N non-attacking queens by backtracking
over bitmasks of the attacked columns and diagonals. Integer bit operations
and recursion."""

N = 13  # smoke: 6


def solutions(n: int, row: int, cols: int, diag1: int, diag2: int) -> int:
    """Placements of the remaining queens from `row` on, given the columns and
    diagonals (as bitmasks for this row) already under attack."""
    if row == n:
        return 1
    count = 0
    free = ~(cols | diag1 | diag2) & ((1 << n) - 1)
    while free:
        bit = free & -free
        free ^= bit
        count += solutions(n, row + 1, cols | bit, ((diag1 | bit) << 1), (diag2 | bit) >> 1)
    return count


def main(n: int) -> None:
    for size in range(4, n + 1):
        print(f"{size} queens: {solutions(size, 0, 0, 0, 0)} solutions")


if __name__ == "__main__":
    main(N)
