# any() and all() over lists of bools and list comprehensions.
flags = [False, False, True]
print(any(flags), all(flags))
empty: list[bool] = []
print(any(empty), all(empty))
nums = [2, 4, 6, 9]
print(all([n % 2 == 0 for n in nums]), any([n % 2 == 1 for n in nums]))
print(all([n > 0 for n in nums]), any([n > 100 for n in nums]))
words = ["Apple", "Berry", "cherry"]
print(all([w[0].isupper() for w in words]), any([w.startswith("ch") for w in words]))


def is_prime(n: int) -> bool:
    return n > 1 and all([n % d != 0 for d in range(2, n) if d * d <= n])


print([n for n in range(30) if is_prime(n)])
grid = [[1, 0], [1, 1]]
print(any([all([v == 1 for v in row]) for row in grid]))
print(all([any([v == 0 for v in row]) for row in grid]))
print(any([True]), all([False]))
