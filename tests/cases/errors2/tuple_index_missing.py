# tuple.index of a missing value raises ValueError: tuple.index(x): x not in tuple.
t = (5, 6, 7)
print(t.index(6), t.count(7))
print(t.index(9))
