# itertools.product of two iterables and with repeat=.
import itertools

print(list(itertools.product("ab", [1, 2, 3])))
print(["".join(p) for p in itertools.product("01", repeat=3)])
print(len(list(itertools.product(range(4), repeat=3))))
for x, y in itertools.product(range(2), range(2)):
    print(x, y, x ^ y)
empty: list[int] = []
print(list(itertools.product([1, 2], empty)))
print(list(itertools.product()))
print(sum(a * b for a, b in itertools.product([1, 2, 3], [10, 100])))
