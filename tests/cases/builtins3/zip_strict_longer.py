# zip(strict=True) must also fail when a later argument is longer than the first.
a = [1, 2, 3]
print(list(zip(a, [4, 5, 6], strict=True)))
print(list(zip(a, ["x", "y", "z", "w"], strict=True)))
