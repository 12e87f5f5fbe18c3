# reversed() over lists, strs, ranges and tuples; it does not change the input.
xs = [1, 2, 3, 4]
print(list(reversed(xs)), xs, "".join(reversed("hello")), list(reversed(range(1, 10, 3))))
print(list(reversed("é😀")), list(reversed([[1], [2]])))
for i, v in enumerate(reversed(["a", "b", "c"])):
    print(i, v)
print([c for c in reversed("abc") if c != "b"], sum(reversed(xs)), sorted(reversed(xs)) == xs)
rows = [[1, 2], [3, 4]]
print([list(reversed(r)) for r in reversed(rows)])
print(list(reversed(range(0))), list(reversed(range(5, 0, -2))))
