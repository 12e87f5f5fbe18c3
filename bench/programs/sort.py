"""Sort: a hand-written merge sort of N pseudo-random ints checked against
sorted(), then the built-in sort with key functions over strings and
(key, value) tuples. List slicing, comparisons and appends."""

N = 120_000  # smoke: 500


class Lcg:
    """A linear congruential generator, so every run sorts the same data."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def below(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return (self.state >> 8) % bound


def merge_sort(items: list[int]) -> list[int]:
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def checksum(values: list[int]) -> int:
    total = 0
    for i, value in enumerate(values):
        total = (total * 31 + value * (i + 1)) % 1_000_000_007
    return total


def main(n: int) -> None:
    rng = Lcg(12345)
    data = [rng.below(1_000_000) for _ in range(n)]

    ours = merge_sort(data)
    builtin = sorted(data)
    print(f"merge sort of {n} ints matches sorted(): {ours == builtin}")
    print(f"min {ours[0]}, median {ours[n // 2]}, max {ours[-1]}, checksum {checksum(ours)}")

    names = [f"item-{value % 5000:04d}-{value}" for value in data]
    names.sort(key=lambda name: (len(name), name))
    print(f"first name {names[0]}, last name {names[-1]}")

    pairs = [(value % 1000, -value) for value in data]
    pairs.sort()
    print(f"smallest pair {pairs[0]}, largest pair {pairs[-1]}")

    descending = sorted(data, reverse=True)
    print(f"descending checksum {checksum(descending)}")


if __name__ == "__main__":
    main(N)
