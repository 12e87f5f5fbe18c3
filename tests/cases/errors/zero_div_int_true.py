# int / 0 raises ZeroDivisionError.
a = 10
for d in range(3, -1, -1):
    print(a, "/", d, "=", a / d)
print("unreachable")
