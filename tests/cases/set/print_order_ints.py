# Printing sets of ints shows CPython's hash-table order, not sorted order.
print({5, 3, 1, 4, 2})
print({100, 10, 1000, 1})
print({-1, -2, 0, 1, 2})
print({8, 16, 32, 64, 128})
print({33, 1, 65, 97})
s = set()
for n in [40, 8, 24, 0, 16, 32]:
    s.add(n)
print(s)
print(set(range(10, 0, -1)))
print({n * 7 % 13 for n in range(12)})
t = {1, 9, 17, 25}
t.remove(9)
t.add(33)
print(t, list(t))
print({2 ** 40, 2 ** 33, 7, 2 ** 64})
