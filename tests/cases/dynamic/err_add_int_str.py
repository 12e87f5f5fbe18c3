# Adding a str to an int taken from a mixed list raises TypeError.
row = [3, "4", 5]
total = 0
for v in row:
    print("adding", repr(v))
    total = total + v
print(total)
