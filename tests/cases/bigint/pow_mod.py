# pow(a, b, m) with huge exponents and moduli, and ** on big operands.
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000000007))
print(pow(12345678901234567890, 98765432109876543210, 2 ** 127 - 1))
print(pow(-2, 101, 1000), pow(2, 100, -7), pow(-3, 3, 5), pow(7, 0, 13), pow(5, 3, 1))
print(2 ** 200, (-3) ** 75, 7 ** 0, 0 ** 0, (-1) ** 1001)
print((10 ** 20) ** 3, (2 ** 64 + 1) ** 2)
print(pow(2, 64), pow(-2, 63), pow(10, 30) // pow(10, 28))
base = 2 ** 61 - 1
print(pow(base, base - 1, base), pow(2, base - 1, base))
