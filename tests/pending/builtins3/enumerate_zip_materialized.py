# enumerate, zip and reversed as values; zip(strict=True) raises ValueError on unequal lengths.
names = ["ann", "bob", "cy"]
ages = [31, 27, 45]
print(list(enumerate(names)), list(enumerate(names, 1)))
print(list(zip(names, ages)), dict(zip(names, ages)))
print(list(zip(names, ages, "xyz")), list(zip()), list(zip([1, 2])))
print(list(reversed(names)), list(reversed(range(4))), list(reversed("abc")))
pairs = list(zip(*[(1, "a"), (2, "b")]))
print(pairs)
print(sorted(zip(ages, names)), max(zip(ages, names)))
print(list(zip([1, 2, 3], ["x"], strict=False)))
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(zip([1, 2, 3], [4, 5], strict=True)))
