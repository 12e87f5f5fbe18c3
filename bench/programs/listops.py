"""List work on a million elements: comprehensions, sorting with and
without a key, slicing and summing."""

N = 2000000  # smoke: 1000


def digit_sum(n: int) -> int:
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


values = [(i * 7919) % 1000003 for i in range(N)]
evens = [v for v in values if v % 2 == 0]
ordered = sorted(values)
by_digits = sorted(values[: N // 10], key=digit_sum)
print(len(evens), ordered[0], ordered[-1], ordered[N // 2], sum(ordered[::1000]))
print(by_digits[:3], max(values), min(evens))
