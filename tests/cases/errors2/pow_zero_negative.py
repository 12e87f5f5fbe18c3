# 0.0 raised to a negative power raises ZeroDivisionError.
base = 0.0
for e in [2.0, 1.0, 0.0, 0.5, -1.0]:
    print(e, base ** e)
