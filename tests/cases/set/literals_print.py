# Printing set literals: ints come out in hash order, strs depend on PYTHONHASHSEED.
small = {3, 1, 2}
print(small)
spread = {100, 5, 64, 33, 1, 0}
print(spread)
neg = {-1, -2, 7, 0}
print(neg)
words = {"pear", "apple", "fig"}
print(words)
print({"a"}, {1}, set())
print(len(spread), 5 in spread, 6 in spread, "fig" in words, "kiwi" not in words)
dup = {1, 1, 2, 2, 3}
print(dup, len(dup))
mixed_num = {1, 1.0, True}
print(mixed_num)
big = {2 ** 70, 2 ** 64, 2 ** 61 - 1, 2 ** 61}
print(big)
print(str({9, 8}), repr({"x", "y"}))
print(f"{small} {words!r}")
