# Summing and filtering over dict.items(), then rebuilding lists.
cart = {"pen": (3, 1.25), "book": (1, 12.5), "bag": (2, 7.0)}
total = 0.0
for name, entry in cart.items():
    qty, price = entry
    line = qty * price
    total += line
    print(name.ljust(6), qty, price, line)
print("total", total)
cheap: list[str] = []
for name2, entry2 in cart.items():
    if entry2[1] < 5.0:
        cheap.append(name2)
print(cheap)
counts = {"a": 3, "b": 0, "c": 2}
expanded: list[str] = []
for k, v in counts.items():
    for i in range(v):
        expanded.append(k + str(i))
print(expanded)
