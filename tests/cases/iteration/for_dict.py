# for over a dict yields keys in insertion order; items() gives pairs.
ages = {"zoe": 28, "adam": 35, "mia": 19}
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(f"{name} is {age}")
oldest = ""
for name in ages.keys():
    if oldest == "" or ages[name] > ages[oldest]:
        oldest = name
print("oldest", oldest)
total = 0
for age in ages.values():
    total += age
print(total)
ages["bob"] = 40
del ages["zoe"]
for name in ages:
    print(name, end=",")
print()
for name, age in ages.items():
    if age > 36:
        print("found", name)
        break
else:
    print("nobody over 36")
squares = {i: i * i for i in range(5)}
for k, sq in squares.items():
    print(k, sq, end="; ")
print()
