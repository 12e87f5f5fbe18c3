# A formatted sin/cos/tan table in degrees, and Newton's method stopping on math.isclose.
import math

print(f"{'deg':>5} {'rad':>9} {'sin':>10} {'cos':>10} {'tan':>12}")
for deg in range(0, 361, 30):
    rad = math.radians(deg)
    s = math.sin(rad)
    c = math.cos(rad)
    if math.fabs(c) < 1e-12:
        t = "undefined"
    else:
        t = f"{s / c:12.6f}"
    print(f"{deg:5d} {rad:9.5f} {s:10.6f} {c:10.6f} {t:>12}")

# Full reprs at the special angles show the rounding residue.
for deg in [30, 45, 60, 90, 180, 270, 360]:
    rad = math.radians(deg)
    print(deg, rad, math.sin(rad), math.cos(rad))


def newton_sqrt(a: float) -> tuple[float, int]:
    x = a if a > 1.0 else 1.0
    steps = 0
    while True:
        nxt = 0.5 * (x + a / x)
        steps += 1
        if math.isclose(nxt, x, rel_tol=1e-15) or steps > 100:
            return (nxt, steps)
        x = nxt


for a in [2.0, 9.0, 0.25, 1e6, 123.456]:
    root, steps = newton_sqrt(a)
    print(f"sqrt({a}) ~ {root!r} in {steps} steps; math.sqrt={math.sqrt(a)!r} close={math.isclose(root, math.sqrt(a))}")


def f(x: float) -> float:
    return math.cos(x) - x


def df(x: float) -> float:
    return -math.sin(x) - 1.0


# Solve cos(x) = x (the Dottie number).
x = 1.0
for i in range(1, 50):
    x_new = x - f(x) / df(x)
    if math.isclose(x_new, x, rel_tol=0.0, abs_tol=1e-14):
        print("converged after", i, "iterations")
        x = x_new
        break
    x = x_new
print(f"dottie = {x:.12f}", math.isclose(math.cos(x), x))

# Polar to Cartesian and back.
points = [(1.0, 0.0), (2.0, math.pi / 3), (0.5, -math.pi / 2), (3.0, math.pi)]
for r, theta in points:
    px = r * math.cos(theta)
    py = r * math.sin(theta)
    r2 = math.hypot(px, py)
    t2 = math.atan2(py, px)
    print(f"r={r} theta={math.degrees(theta):8.3f} -> ({px:+.4f}, {py:+.4f}) -> r={r2:.6f} theta={math.degrees(t2):8.3f}")
