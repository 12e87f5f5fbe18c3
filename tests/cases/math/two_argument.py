# Two-argument float functions: atan2, pow, fmod, copysign, remainder, ldexp and hypot.
import math

print(math.atan2(1.0, 1.0), math.atan2(1.0, 0.0), math.atan2(0.0, -1.0), math.atan2(-1.0, -1.0))
print(math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.atan2(1, 2), math.atan2(math.inf, math.inf), math.atan2(-5.0, math.inf))

print(math.pow(2.0, 10.0), math.pow(2, 10), math.pow(2.0, 0.5), math.pow(2.0, -1.0))
print(math.pow(-2.0, 3.0), math.pow(-2.0, 2), math.pow(0.0, 0.0), math.pow(9, 0.5))
print(math.pow(1.0, math.nan), math.pow(math.nan, 0.0), math.pow(math.inf, -1.0), math.pow(0.5, math.inf))
print(math.pow(10.0, 22.0), math.pow(10.0, -2.0), math.pow(True, 5))

print(math.fmod(7.0, 3.0), math.fmod(-7.0, 3.0), math.fmod(7.0, -3.0), math.fmod(-7.0, -3.0))
print(-7.0 % 3.0, math.fmod(-7.0, 3.0), math.fmod(-6.0, 3.0), math.fmod(5.5, math.inf))
print(math.fmod(10, 3), math.fmod(5.25, 0.5), math.fmod(0.0, 1.0), math.fmod(-0.0, 1.0))

print(math.copysign(1.0, -0.0), math.copysign(3.5, -1.0), math.copysign(-2.0, 5.0), math.copysign(0.0, -3.0))
print(math.copysign(5, -1), math.copysign(math.inf, -1.0), math.isnan(math.copysign(math.nan, -1.0)))

print(math.remainder(5.0, 2.0), math.remainder(7.0, 2.0), math.remainder(3.0, 2.0), math.remainder(-3.0, 2.0))
print(math.remainder(10.0, 3.0), math.remainder(11.0, 3.0), math.remainder(1.0, math.inf), math.remainder(7, 4))

print(math.ldexp(1.0, 10), math.ldexp(0.75, 2), math.ldexp(3, -1), math.ldexp(1.0, -1074), math.ldexp(1.0, -1080))
print(math.ldexp(0.5, 1024), math.ldexp(-1.0, 3), math.ldexp(0.0, 100), math.ldexp(math.inf, -5))

print(math.hypot(3.0, 4.0), math.hypot(3, 4), math.hypot(5, 12), math.hypot(1.0, 1.0), math.hypot(1.0, 2.0))
print(math.hypot(1.0, 2.0, 2.0), math.hypot(3.0, 4.0, 12.0), math.hypot(2, 3, 6), math.hypot(1.0, 1.0, 1.0))
print(math.hypot(-3.0, -4.0), math.hypot(0.0, 0.0), math.hypot(math.inf, math.nan), math.hypot(1e200, 1e200))
print(math.hypot(1e-200, 1e-200), math.hypot(1e300, 1e300, 1e300))

# frexp and ldexp are inverses.
for v in [1.0, 0.1, 123.456, -7.5, 1e300, 5e-324]:
    m, ex = math.frexp(v)
    print(v, m, ex, math.ldexp(m, ex) == v)

# Formatted.
d = math.hypot(1.5, 2.5)
a = math.degrees(math.atan2(2.5, 1.5))
print(f"dist={d:.6f} angle={a:.3f} deg")

# Errors.
try:
    math.fmod(1.0, 0.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fmod(math.inf, 2.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.pow(0.0, -1.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.pow(-8.0, 1.0 / 3.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.pow(10.0, 400.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ldexp(1.0, 5000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.remainder(1.0, 0.0)
except ValueError as e:
    print(type(e).__name__, e)
