# Storing a computed value into a bytearray item (rustc: expected `&Int`, found `Int`).
counts = bytearray(4)
for i in [0, 1, 1, 3, 3, 3]:
    counts[i] = counts[i] + 1
print(list(counts))
