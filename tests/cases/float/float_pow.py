# ** on floats, float ** int with negative exponents, and pow().
print(2.0 ** 10, 2.0 ** -10, 10.0 ** -1, 10.0 ** 22, 10.0 ** 23)
print(1.5 ** 3, 0.1 ** 2, 0.1 ** 3)
print((-2.0) ** 3, (-2.0) ** -3, (-0.5) ** 2)
print(2 ** 0.5, 3 ** 0.5, 100 ** 0.5, 8 ** (1 / 3))
print(0.0 ** 2, (-0.0) ** 3, (-0.0) ** 2, 0.0 ** 0.5)
print(1.0 ** 1e300, 1e300 ** 1, 1.0000001 ** 1000000)
print(pow(2.0, 10), pow(2.0, -1), pow(9, 0.5), pow(-8.0, 3))
print(pow(1.1, 2), 1.1 * 1.1)
e = 1.0
term = 1.0
for k in range(1, 20):
    term = term / k
    e += term
print(e)
compound = 1000.0
for year in range(10):
    compound *= 1.05
print(compound, 1000.0 * 1.05 ** 10)
print(10.0 ** 308, 10.0 ** -308, 10.0 ** -320)
