# Elementary one-argument math functions (sqrt, exp, trig, fabs, degrees/radians) with float, int and bool arguments.
import math

print(math.sqrt(16.0), math.sqrt(2.0), math.sqrt(0.25), math.sqrt(0.0), math.sqrt(-0.0))
print(math.sqrt(16), math.sqrt(2), math.sqrt(10**10), math.sqrt(True), math.sqrt(False))
print(math.sqrt(math.inf), math.isnan(math.sqrt(math.nan)))
print(math.exp(0.0), math.exp(1.0), math.exp(-1.0), math.exp(2), math.exp(-math.inf))
print(math.expm1(0.0), math.expm1(1.0), math.expm1(1e-10))
print(math.exp2(10.0), math.exp2(0.5), math.exp2(-3), math.exp2(0))
print(math.log1p(0.0), math.log1p(1e-10), math.log1p(1.0))
print(math.sin(0.0), math.sin(1.0), math.sin(-1.0), math.sin(0))
print(math.cos(0.0), math.cos(1.0), math.cos(math.pi), math.cos(0))
print(math.tan(0.0), math.tan(1.0), math.tan(math.pi / 4))
print(math.asin(0.0), math.asin(1.0), math.asin(0.5), math.asin(-1))
print(math.acos(1.0), math.acos(0.0), math.acos(-1.0), math.acos(1))
print(math.atan(0.0), math.atan(1.0), math.atan(math.inf), math.atan(-math.inf))
print(math.fabs(-3.5), math.fabs(3.5), math.fabs(-0.0), math.fabs(-7), math.fabs(True))
print(math.degrees(math.pi), math.degrees(1.0), math.degrees(0.5), math.degrees(2))
print(math.radians(180.0), math.radians(90), math.radians(1.0), math.radians(-45.0))

# The same values through format specs.
x = math.sqrt(2.0)
print(f"{x:.6f} {x:.3e} {x:10.4f}| {x:g} {x:.15g}")
y = math.exp(1.0)
print(f"{y:.2f} {y:+.5f} {y:.0f} {y:e}")
z = math.sin(1.0)
print(f"{z:.12f} {z:%} {z:.1%}")
print(repr(math.cos(1.0)), str(math.tan(1.0)))

# Results of the one-argument functions are always floats, even for int input.
results = [math.sqrt(9), math.exp(0), math.fabs(-4), math.sin(0), math.degrees(0)]
for r in results:
    print(r, r == int(r), type(r).__name__)

# Composing functions.
angle = 0.5
s = math.sin(angle)
c = math.cos(angle)
print(f"{s * s + c * c:.15f}", math.isclose(s * s + c * c, 1.0))
print(math.asin(math.sin(0.25)), math.atan(math.tan(0.75)))
print(math.sqrt(math.sqrt(256)), math.exp(math.log1p(0.0)))
