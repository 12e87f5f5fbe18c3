# len() of lists, tuples, dicts and strs.
print(len([1, 2, 3]), len([[1, 2], [3]]), len((1, "a")), len({"a": 1, "b": 2}))
print(len(""), len("héllo"), len("😀"), len("日本語"))
xs: list[int] = []
for i in range(5):
    xs.append(i)
    print(len(xs), end=" ")
print()
d: dict[int, int] = {}
for i in range(0, 10, 3):
    d[i] = i
print(len(d), len(list(d.keys())))
print(len(list(range(17))), len(list("abc")), len(str([1, 2, 3])))
print(len([c for c in "mississippi" if c == "s"]))
print(len("a,b,c".split(",")), len(" ".join(["x", "y"])))
