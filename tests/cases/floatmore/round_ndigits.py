# round(x, n) rounds to n decimal digits using the exact binary value.
for x in [2.675, 2.665, 1.005, 0.125, 0.375, 1.25, -1.25, 3.14159]:
    print(x, round(x, 2), round(x, 1), round(x, 0), round(x, 3))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-12350, -2))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e300, -300), round(5e-324, 400), round(1.5, 308))
print(round(123, 2), type(round(123, 2)).__name__, type(round(1.5, 0)).__name__)
prices = [19.995, 0.045, 2.5, 10.005]
print([round(p, 2) for p in prices])
print(round(sum(prices), 2), round(sum(prices), -1), round(2 ** 70, -20))
