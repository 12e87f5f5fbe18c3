# Iteration order of sets of ints follows their hash values modulo the table size.
print({0, 8, 16, 24, 32})
print({7, 15, 23})
print({1000, 2000, 3000, 4000})
print({-5, -4, -3, -2, -1})
s = set(range(20, 0, -3))
print(s)
for x in {40, 4, 400, 4000, 40000}:
    print(x, end=" ")
print()
grow: set[int] = set()
for i in range(0, 100, 9):
    grow.add(i)
print(grow)
grow.remove(0)
grow.add(1000)
print(grow)
print({2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61)})
