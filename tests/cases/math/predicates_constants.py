# Constants pi, e, tau, inf, nan and the predicates isnan, isinf, isfinite, isclose.
import math
from math import pi, e, tau, inf, nan, isclose

print(math.pi, math.e, math.tau, math.inf, math.nan)
print(-math.inf, -math.pi, 2 * math.pi == math.tau, math.tau / 2)
print(repr(pi), repr(e), repr(inf), repr(nan))
print(f"{pi:.5f} {e:.3f} {tau:10.6f}| {inf:.2f} {nan:.2f} {-inf:8}|")
print(pi * 2.0, e ** 2, pi + e, pi / 4, 1 / inf, inf - 1e308, inf * -2)
print(nan == nan, nan != nan, inf == inf, inf > 1e308, -inf < -1e308, nan < 1.0, nan > 1.0)
print(math.isnan(math.nan), math.isnan(nan), math.isnan(inf - inf), math.isnan(inf * 0.0), math.isnan(0.0 * -1))
print(math.isinf(inf), math.isinf(-inf), math.isinf(nan), math.isinf(1e308), math.isinf(1e308 * 10))
print(math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan), math.isfinite(0.0), math.isfinite(-1e308))
print(math.isnan(5), math.isinf(10**300), math.isfinite(7), math.isfinite(True))
print(inf == float("inf"), math.isnan(float("nan")), float("-inf") == -inf, inf + inf, max(1.0, inf))

area = pi * 3.0**2
circ = tau * 3.0
print(f"r=3 area={area:.4f} circ={circ:.4f} area={area}")
print(math.sin(pi / 2), math.cos(tau), math.exp(1.0) == e, math.log(e))

# isclose with default tolerances.
print(isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, isclose(1.0, 1.0001), isclose(1.0, 1.0 + 1e-10))
print(isclose(0.0, 1e-10), isclose(0.0, 0.0), isclose(-0.0, 0.0), isclose(1e300, 1.0000000001e300))
print(isclose(inf, inf), isclose(-inf, -inf), isclose(inf, -inf), isclose(nan, nan), isclose(inf, 1e308))
print(isclose(1, 1), isclose(3, 3.0), isclose(10**20, 10**20 + 1), isclose(True, 1.0))

# isclose with keywords.
print(isclose(1.0, 1.0001, rel_tol=1e-3), isclose(1.0, 1.01, rel_tol=1e-3), math.isclose(100.0, 101.0, rel_tol=0.01))
print(isclose(0.0, 1e-10, abs_tol=1e-9), isclose(0.0, 1e-8, abs_tol=1e-9), isclose(5.0, 5.5, abs_tol=0.5))
print(isclose(1.0, 1.1, rel_tol=0.0, abs_tol=0.2), isclose(1.0, 1.1, abs_tol=0.05, rel_tol=0.01))
print(isclose(1e-12, 2e-12, rel_tol=0.5), isclose(1e-12, 2e-12, rel_tol=0.4), isclose(inf, 1e308, abs_tol=inf))
print(math.isclose(2.0, 2.0, rel_tol=0.0, abs_tol=0.0), math.isclose(2.0, 2.0000000000000004, rel_tol=0.0))

# Using isclose in a loop.
target = 1.0
total = 0.0
steps = 0
while not isclose(total, target):
    total += 0.1
    steps += 1
print(steps, total, total == target, isclose(total, target))

try:
    isclose(1.0, 1.0, rel_tol=-1.0)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    math.isclose(1.0, 1.0, abs_tol=-0.5)
except ValueError as ex:
    print(type(ex).__name__, ex)
