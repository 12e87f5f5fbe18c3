# Sorting a list of numbers and strs raises TypeError.
values = [10, 2.5, 4]
print(sorted(values))
values.append("7")
print(values)
print(sorted(values))
