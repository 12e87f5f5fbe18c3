# Integer-valued math functions: floor, ceil, trunc, isqrt, factorial, gcd, lcm, comb, perm.
import math

print(math.floor(2.5), math.floor(-2.5), math.floor(2.0), math.floor(-0.5), math.floor(-0.0))
print(math.ceil(2.5), math.ceil(-2.5), math.ceil(2.0), math.ceil(-0.5), math.ceil(0.1))
print(math.trunc(2.7), math.trunc(-2.7), math.trunc(0.9), math.trunc(-0.9))
print(math.floor(7), math.ceil(-7), math.trunc(12), math.floor(True), math.trunc(False))
print(math.floor(10**30), math.ceil(-(10**25)))
print(math.floor(1e20), math.ceil(-1e20), math.trunc(2.0**70), math.floor(1e300) == 10**300)
print(math.floor(1.5) + 1, math.ceil(1.5) * 10, math.trunc(-9.99) // 2)

print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(99))
print(math.isqrt(10**20), math.isqrt(10**20 - 1), math.isqrt(2**100), math.isqrt(10**41))
print(math.isqrt(True), math.isqrt(2**64 - 1))

print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(10), math.factorial(20))
print(math.factorial(21), math.factorial(30))
print(len(str(math.factorial(100))), math.factorial(25) // math.factorial(23))

print(math.gcd(), math.gcd(7), math.gcd(-7), math.gcd(0))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 5), math.gcd(0, 0))
print(math.gcd(12, 18, 27), math.gcd(100, 75, 50), math.gcd(7, 11, 13), math.gcd(0, 0, 9))
print(math.gcd(2**100, 6**50), math.gcd(10**30, 10**20 + 5))
print(math.lcm(), math.lcm(7), math.lcm(-7), math.lcm(0))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(21, 6))
print(math.lcm(4, 6, 10), math.lcm(2, 3, 5), math.lcm(3, 0, 5), math.lcm(2**40, 3**30, 5))

print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 5), math.comb(5, 7), math.comb(0, 0))
print(math.comb(50, 25), math.comb(100, 50), math.comb(70, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(10, 10))
print(math.perm(30, 15), math.perm(0))

# Pascal's triangle from comb.
for n in range(7):
    row = [math.comb(n, k) for k in range(n + 1)]
    print(" " * (6 - n) * 2 + "".join(f"{v:4d}" for v in row))

# Sums and identities.
total = 0
for k in range(11):
    total += math.comb(10, k)
print(total, 2**10)
print(math.perm(8, 3) == math.comb(8, 3) * math.factorial(3))
print(math.gcd(84, 36) * math.lcm(84, 36) == 84 * 36)
print([math.isqrt(n) ** 2 == n for n in [0, 1, 2, 4, 8, 9, 50, 64]])

# Error cases.
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.comb(5, -2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.perm(-3, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(-math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.trunc(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
