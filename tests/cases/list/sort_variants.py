# sort() in place: plain, reversed, and with builtin key functions.
xs = [5, -3, 8, 0, -1, 2, 8]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.sort(key=abs)
print(xs)
xs.sort(key=str)
print(xs)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(reverse=True)
print(words)
words.sort(key=len, reverse=True)
print(words)
mixed_case = ["b", "A", "a", "B", "é", "Z"]
mixed_case.sort()
print(mixed_case)
floats = [2.5, -1.0, 0.0, 3.25, -7.5]
floats.sort()
print(floats)
rows: list[list[int]] = [[2, 1], [1, 2, 3], [1, 2], [], [0, 9]]
rows.sort()
print(rows)
rows.sort(key=len)
print(rows)
bools = [True, False, True, False]
bools.sort()
print(bools)
xs.reverse()
print(xs)
