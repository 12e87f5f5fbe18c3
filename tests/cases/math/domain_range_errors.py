# Math domain and range errors are ValueError / OverflowError with CPython's messages.
import math


def safe_sqrt(x: float) -> float:
    try:
        return math.sqrt(x)
    except ValueError as e:
        print("  safe_sqrt:", type(e).__name__, e)
        return math.nan


try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.floor(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.acos(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.asin(-1.5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.fmod(1.0, 0.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.pow(0.0, -1.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.gamma(0.0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.ldexp(1.0, 5000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.sqrt(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.cos(math.inf)
except ValueError as e:
    print(type(e).__name__, e)

# Both are ArithmeticError subclasses? Only OverflowError is.
try:
    math.exp(800.0)
except ArithmeticError as e:
    print("arith:", type(e).__name__, e, isinstance(e, OverflowError))
try:
    math.sqrt(-4.0)
except Exception as e:
    print("exc:", type(e).__name__, e, isinstance(e, ValueError), isinstance(e, ArithmeticError))

# Non-error edge values: no exception, just inf/nan/0.
print(math.exp(-1000), math.exp(709.0) < math.inf, math.isnan(math.sin(math.nan)), math.sqrt(math.inf))

results = [safe_sqrt(v) for v in [4.0, -1.0, 2.25, -0.5]]
print(results[0], math.isnan(results[1]), results[2], math.isnan(results[3]))

count = 0
for v in [1.0, 0.0, -2.0, 10.0, -0.0]:
    try:
        print(v, math.log(v))
    except ValueError as e:
        count += 1
        print(v, "error:", e)
print("errors:", count)
