# str() of containers uses repr() of the items, with CPython's quote choice inside.
words = ["plain", "it's", 'say "hi"', "both ' \"", "tab\t", "", "é😀"]
print(words)
print(str(words) == repr(words))
nested = [[1, 2], [], [3]]
print(nested, [nested, nested])
d = {"a'b": [1.0, -0.0], 'c"d': [1e16, 2.5e-7]}
print(d)
pairs = [("x", 1), ("y'", 2)]
print(pairs, dict(pairs))
sets = [{1, 2}, {3}]
print(sets)
print({"k": {"inner": [True, False]}})
print([None, None], [[None]])
print({1: "one", 2: "two"}, {(1, 2): "pair"})
print([[["deep"]]], (("t", 1), ("u", 2)))
print([0.1 + 0.2, 1 / 3, 2 ** 0.5], [10 ** 20, -(2 ** 64)])
print(["\\", "\n", "\x00", "\x7f"], {"\t": "\r"})
print(repr([["a"], ["b"]]), str({"k": "v"}), repr(("only", 1)))
