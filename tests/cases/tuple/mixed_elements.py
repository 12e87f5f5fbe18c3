# Tuples with elements of different types, read by literal index.
row = (42, "answer", 3.5, True)
print(row[0] + 1, row[1].upper(), row[2] * 2, not row[3])
print(row[-1], row[-4])
person = ("Grace", "Hopper", 1906)
print(person[0] + " " + person[1], 2024 - person[2])
print(f"{person[1]}, {person[0]} (b. {person[2]})")
item = ("widget", 3, 2.25)
cost = item[1] * item[2]
print(item[0], cost)
inventory = [("bolt", 120, 0.05), ("nut", 300, 0.02), ("gear", 8, 4.5)]
value = 0.0
for entry in inventory:
    value += entry[1] * entry[2]
    print(entry[0].ljust(6), str(entry[1]).rjust(4), entry[2])
print(value, value > 40.0)
nested = ((1, "x"), (2, "y"))
print(nested[1][1], nested[0][0] + nested[1][0])
