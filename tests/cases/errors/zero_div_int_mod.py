# int % 0 raises ZeroDivisionError.
n = 17
m = 5
while m >= 0:
    print(n, "%", m, "=", n % m)
    m -= 1
