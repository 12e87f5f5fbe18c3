# Hyperbolic, error, gamma and cube-root functions, printed rounded to 12 places.
import math


def show(name: str, x: float) -> None:
    print(f"{name:>12} = {x:.12f}")


show("sinh(1)", math.sinh(1.0))
show("cosh(1)", math.cosh(1.0))
show("tanh(0.5)", math.tanh(0.5))
show("sinh(-2)", math.sinh(-2.0))
show("asinh(1)", math.asinh(1.0))
show("acosh(2)", math.acosh(2.0))
show("atanh(0.5)", math.atanh(0.5))
show("erf(0.5)", math.erf(0.5))
show("erf(-1)", math.erf(-1.0))
show("erfc(0.5)", math.erfc(0.5))
show("erfc(2)", math.erfc(2.0))
show("gamma(0.5)", math.gamma(0.5))
show("gamma(5)", math.gamma(5.0))
show("gamma(-1.5)", math.gamma(-1.5))
show("gamma(2.5)", math.gamma(2.5))
show("lgamma(0.5)", math.lgamma(0.5))
show("lgamma(10)", math.lgamma(10.0))
show("lgamma(3.5)", math.lgamma(3.5))
show("cbrt(27)", math.cbrt(27.0))
show("cbrt(-8)", math.cbrt(-8.0))
show("cbrt(2)", math.cbrt(2.0))
show("cbrt(0.001)", math.cbrt(0.001))

# Exact or special values can be printed in full.
print(math.sinh(0.0), math.cosh(0.0), math.tanh(0.0), math.asinh(0.0), math.acosh(1.0), math.atanh(0.0))
print(math.tanh(math.inf), math.tanh(-math.inf), math.sinh(-math.inf), math.cosh(-math.inf))
print(math.erf(0.0), math.erfc(0.0), math.erf(math.inf), math.erfc(math.inf), math.erf(-math.inf))
print(math.gamma(1.0), math.gamma(2.0), math.gamma(6.0), math.gamma(11.0))
print(math.lgamma(1.0), math.lgamma(2.0))
print(math.cbrt(0.0), math.cbrt(-0.0), math.cbrt(math.inf))

# Integer arguments.
print(f"{math.sinh(1):.12f} {math.gamma(4):.1f} {math.lgamma(1):.3f} {math.cbrt(64):.12f}")

# Identities.
for v in [0.25, 0.5, 1.0, 1.5]:
    ch = math.cosh(v)
    sh = math.sinh(v)
    print(v, f"{ch * ch - sh * sh:.12f}", f"{math.erf(v) + math.erfc(v):.12f}", f"{math.asinh(sh):.12f}")

# gamma(n) == (n-1)! for small n, compared via isclose.
for n in range(1, 12):
    print(n, math.isclose(math.gamma(float(n)), float(math.factorial(n - 1))), end=" ")
print()

# Domain and range errors.
try:
    math.atanh(1.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.acosh(0.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.lgamma(0.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.gamma(-2.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.gamma(200.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.sinh(1000.0)
except OverflowError as e:
    print(type(e).__name__, e)
