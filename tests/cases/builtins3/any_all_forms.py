# any() and all() over empty inputs, lists, strs and generator expressions.
print(any([]), all([]), any([0, 0]), all([1, 1]), any([0, 1]), all([1, 0]))
print(any(""), all(""), any("a"), any(["", "x"]), all(["a", ""]), all([[1], [2]]), all([[1], []]))
nums = [2, 4, 6, 7]
print(any(n % 2 == 1 for n in nums), all(n % 2 == 0 for n in nums), all(n > 0 for n in nums))
print(any(c.isupper() for c in "hello"), any(c.isupper() for c in "heLlo"), all(c.isalpha() for c in "abc"))
print(any([0.0, -0.0]), any([float("nan")]), all([1.0, 2.5, 0.1]))
grid = [[1, 2], [3, 0]]
print(all(all(v > 0 for v in row) for row in grid), any(any(v == 0 for v in row) for row in grid))
print(any(x > 5 for x in range(10 ** 9)), all(x < 5 for x in range(10 ** 9)))
