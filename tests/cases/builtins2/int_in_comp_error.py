# int() on a bad token inside a comprehension raises ValueError.
line = "1 2 3"
print([int(t) for t in line.split()])
line2 = "4 five 6"
print([int(t) for t in line2.split()])
