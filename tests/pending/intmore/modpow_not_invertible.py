# pow(a, -1, m) raises ValueError when a has no inverse modulo m.
m = 10
for a in [1, 3, 7, 9]:
    inv = pow(a, -1, m)
    print(a, inv, a * inv % m)
print(pow(3, -2, m), pow(3, 2, m))
for a in [2, 4, 5]:
    print(a, "shares a factor with", m)
print(pow(4, 1, m))
print(pow(4, -1, m))
