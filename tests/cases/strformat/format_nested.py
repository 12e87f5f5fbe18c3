# Nested replacement fields inside format specs.
for width in [4, 8]:
    print("[{:>{w}}] [{:<{w}}]".format("ab", "cd", w=width))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
for prec in range(4):
    print("{0:.{1}f}".format(3.14159, prec))
table = [("apples", 3, 0.5), ("kiwis", 12, 0.25)]
w = max([len(r[0]) for r in table]) + 2
for name, qty, price in table:
    print("{:<{w}}{:>4}{:>8.2f}".format(name, qty, qty * price, w=w))
print("{:{}}|{:{}}".format("a", 3, "b", 2))
