# round() of NaN raises ValueError.
x = float("nan")
print(round(x, 1), round(x, -3), round(x, 0))
readings = [1.25, 2.5, x, 3.75]
for r in readings:
    print(r, round(r, 1), r == r)
clean = [r for r in readings if r == r]
print(clean, [round(r) for r in clean])
print(sum(clean) / len(clean), round(sum(clean) / len(clean), 2))
print(round(readings[2]))
