# list() from range, str, dict views and another list.
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)), list(range(0)))
print(list("abc"), list("日本"), list(""))
d = {"one": 1, "two": 2}
print(list(d.keys()), list(d.values()), list(d.items()))
xs = [3, 1, 2]
ys = list(xs)
ys.append(4)
print(xs, ys)
chars = list("hello")
chars.sort()
print(chars, "".join(chars))
nums = list(range(1, 11))
print(nums[::2], sum(nums))
rows = list([[1], [2]])
rows[0].append(9)
print(rows)
