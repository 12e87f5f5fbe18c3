# log, log with a base, log2 and log10 on floats, small ints, bools and huge ints.
import math

print(math.log(1.0), math.log(math.e), math.log(2.0), math.log(10.0), math.log(0.5))
print(math.log(1), math.log(100), math.log(True), math.log(math.inf))
print(math.log(8, 2), math.log(8.0, 2.0), math.log(100, 10), math.log(1000, 10))
print(math.log(81, 3), math.log(0.25, 2), math.log(2, 4), math.log(10.0, 0.1))
print(math.log2(1.0), math.log2(1024.0), math.log2(0.125), math.log2(3.0), math.log2(1024))
print(math.log10(1.0), math.log10(1000.0), math.log10(0.001), math.log10(2.0), math.log10(100))

# Huge ints that do not fit in a float are still accepted.
print(math.log(10**400))
print(math.log2(2**1000), math.log2(2**1000 + 1), math.log2(2**5000))
print(math.log10(10**400), math.log10(10**1000))
print(math.log(2**1000, 2), math.log(10**400, 10))
print(math.log(3**500), math.log2(7**300), math.log10(12345678901234567890123))
print(f"{math.log(10**400):.6f} {math.log10(2**2000):.9f}")

# Powers of two give exact log2 results.
for k in range(0, 70, 7):
    print(k, math.log2(2**k), math.log2(float(2**k)), math.log2(2.0**-k))

# Digit count via log10 of ints.
for n in [9, 10, 99, 100, 12345, 10**18, 10**30 - 1]:
    print(n, math.floor(math.log10(n)) + 1, len(str(n)))

# Formatting of logs.
vals = [0.5, 1.0, 2.0, 10.0, 1e10, 1e-10]
for v in vals:
    print(f"{v:>8g} ln={math.log(v):+.6f} lg={math.log10(v):+.3f} lb={math.log2(v):.4e}")

# Error cases.
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(-(10**400))
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log2(-2.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log10(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    math.log1p(-1.0)
except ValueError as e:
    print(type(e).__name__, e)
