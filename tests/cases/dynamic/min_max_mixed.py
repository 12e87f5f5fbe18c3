# min and max of mixed numbers keep the original object (and the first of equals).
vals = [3, 2.5, True, 7, 7.0, -1.5]
print(min(vals), max(vals))
print(max(1, 1.0), max(1.0, 1), min(True, 1), min(1, True))
print(max(2, 2.5, False), min(0, 0.0, False))
print(min((3, "a"), (2.0, "b")), max([(1, "x"), (1.0, "y")]))
best = vals[0]
for v in vals:
    if v > best:
        best = v
print(best, type(best).__name__)
print(sum(vals), sum([1, 2.5]), sum([True, True, 3]))
print(abs(-2.5), abs(-3), abs(True))
mags = [abs(v) for v in vals]
print(mags, max(mags), min(mags))
