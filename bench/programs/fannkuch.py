"""Fannkuch-redux: for every permutation of 1..N, count the prefix reversals
("pancake flips") until 1 comes first; prints a checksum and the maximum
(the Computer Language Benchmarks Game algorithm). Small int lists, slicing
and swaps."""

N = 9  # smoke: 5


def fannkuch(n: int) -> tuple[int, int]:
    """Returns (checksum, maximum flips) over all permutations of range(n)."""
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        flipped = perm[:]
        flips = 0
        first = flipped[0]
        while first != 0:
            flipped[: first + 1] = flipped[first::-1]
            flips += 1
            first = flipped[0]
        max_flips = max(max_flips, flips)
        checksum += flips if permutation_index % 2 == 0 else -flips

        # Next permutation, in the order the benchmark defines.
        while True:
            if r == n:
                return checksum, max_flips
            perm.insert(r, perm.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


def main(n: int) -> None:
    checksum, max_flips = fannkuch(n)
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")


if __name__ == "__main__":
    main(N)
