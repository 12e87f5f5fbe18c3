# Three-argument pow, including negative exponents (modular inverses).
print(pow(2, 10, 1000), pow(3, 200, 13), pow(7, 0, 5), pow(5, 3, 1))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(10 ** 20, 10 ** 20, 97))
print(pow(3, -1, 7), pow(2, -1, 11), pow(10, -2, 17), pow(38, -1, 97))
for a in range(1, 7):
    inv = pow(a, -1, 7)
    print(a, inv, a * inv % 7)
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(12345, -1, p) * 12345 % p)
print(pow(2, 0.5), pow(-8, 1 / 3).real > 0, pow(2, -2))
