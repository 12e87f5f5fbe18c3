# Spreading into builtins and constructors: zip(*rows) transposes, dict(**d) copies, range(*bounds).
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)))
print([list(col) for col in zip(*zip(*rows))])
bounds = [2, 12, 3]
print(list(range(*bounds)))
print(list(range(*bounds[:2])))
d = {"a": 1, "b": 2}
copy = dict(**d, c=3)
print(copy, d)
print("{}-{}-{}".format(*"xyz"))
print("{x}/{y}".format(**{"x": 10, "y": 20}))
print(divmod(*[17, 5]), pow(*(2, 10)), pow(*[3, 4, 5]))
print(max(*rows, key=lambda r: r[0]))
