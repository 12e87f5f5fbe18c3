# round() without ndigits rounds half to even and returns an int.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1]:
    r = round(x)
    print(x, r, type(r).__name__)
print(round(7), round(-7), round(True))
print(round(2 ** 60 + 0.0), round(-0.0), round(0.0))
halves = [n + 0.5 for n in range(-4, 5)]
print(halves)
print([round(h) for h in halves])
evens = [round(h) % 2 == 0 for h in halves]
print(all(evens), sum([round(h) for h in halves]))
