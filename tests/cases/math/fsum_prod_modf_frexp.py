# fsum (exact summation), prod (int and float, with start=), modf and frexp.
import math

tenths = [0.1] * 10
no_floats: list[float] = []
no_ints: list[int] = []
print(sum(tenths), math.fsum(tenths))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1.0, 1e16, -1e16]), sum([1.0, 1e16, -1e16]))
print(math.fsum(no_floats), math.fsum([1, 2, 3]), math.fsum([0.5, 0.25, 0.125]), math.fsum([1e308, -1e308, 5.0]))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, math.fsum([-0.0, -0.0]), math.fsum([2.0**53, 1.0, 1.0]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -math.inf]), math.isnan(math.fsum([math.nan, 1.0])))
print(math.fsum([x / 7 for x in range(1, 100)]), sum([x / 7 for x in range(1, 100)]))
print(math.fsum([(-1.0) ** k / (2 * k + 1) for k in range(1000)]) * 4)

print(math.prod([1, 2, 3, 4]), math.prod(no_ints), math.prod([7]), math.prod([-2, 3, -4]))
print(math.prod([0.5, 4.0]), math.prod([1.5, 1.5, 1.5]), math.prod([0.1, 0.1]), math.prod([2.0, math.inf]))
print(math.prod([2, 3], start=10), math.prod([1.5, 2.0], start=2.0), math.prod(no_ints, start=5), math.prod([4], start=0))
print(math.prod(list(range(1, 26))), math.prod([2**40, 2**40, 3]))
print(math.prod([10] * 25) == 10**25, math.prod(list(range(1, 21))) == math.factorial(20))
print(math.prod([1.0, 2.0, 3.0], start=0.5), math.prod([2, 2, 2], start=-1))
print(math.prod(range(1, 6)), math.prod((3, 5, 7)))

print(math.modf(3.5), math.modf(-3.5), math.modf(2.0), math.modf(0.0), math.modf(-0.0))
print(math.modf(math.inf), math.modf(-math.inf), math.modf(1e20), math.modf(0.1), math.modf(7))
frac, whole = math.modf(123.456)
print(f"{frac:.6f} {whole:.1f}", whole, type(whole).__name__)

print(math.frexp(8.0), math.frexp(1.0), math.frexp(0.0), math.frexp(-3.0), math.frexp(0.1))
print(math.frexp(1e300), math.frexp(5e-324), math.frexp(-0.0), math.frexp(math.inf), math.frexp(12))
m, ex = math.frexp(1000.0)
print(m, ex, m * 2**ex, ex + 1, f"{m:.4f}")

# Splitting a list of values.
vals = [2.75, -1.25, 100.5, 0.0625, 6.0]
for v in vals:
    fp, ip = math.modf(v)
    mant, e2 = math.frexp(v)
    print(f"{v:>8} int={ip:>6} frac={fp:>7} mant={mant:<8} exp={e2:3d}")

# Weighted average using fsum and prod.
weights = [0.2, 0.3, 0.5]
scores = [81.0, 92.5, 77.25]
avg = math.fsum([w * s for w, s in zip(weights, scores)]) / math.fsum(weights)
geo = math.prod(scores) ** (1.0 / len(scores))
print(f"weighted={avg:.4f} geometric={geo:.4f}")

try:
    math.fsum([math.inf, -math.inf])
except ValueError as err:
    print(type(err).__name__, err)
try:
    math.fsum([1e308, 1e308])
except OverflowError as err:
    print(type(err).__name__, err)
