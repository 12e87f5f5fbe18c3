# Parsing user-like tokens with int() stops at the first bad one.
tokens = "10 20 x 30".split()
print(tokens, [t.isdigit() for t in tokens])
good = [t for t in tokens if t.isdigit()]
print(sum([int(t) for t in good]))
total = 0
for t in tokens:
    total += int(t)
    print("running total", total)
print("unreachable", total)
