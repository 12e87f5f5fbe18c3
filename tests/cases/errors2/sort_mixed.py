# Sorting a list that mixes ints and strs raises TypeError.
values = [3, 1, 2]
values.sort()
print(values)
words = ["b", "a"]
print(sorted(words), sorted(values + [0]))
mixed = [3, "two", 1]
print(mixed, len(mixed))
print(sorted(mixed, key=str))
mixed.sort()
