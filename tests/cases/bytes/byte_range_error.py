# bytes() of a list with a value outside 0..255 raises ValueError.
print(bytes([0, 255]))
values = [10, 20, 30]
print(bytes(values), list(bytes(values)))
for v in [100, 200, 255]:
    values.append(v)
    print(bytes(values).hex())
values.append(256)
print(len(values))
print(bytes(values))
