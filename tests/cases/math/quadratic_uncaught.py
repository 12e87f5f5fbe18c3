# Solving quadratics with math.sqrt; a negative discriminant at the end raises an uncaught ValueError.
import math


class Quadratic:
    def __init__(self, a: float, b: float, c: float) -> None:
        self.a = a
        self.b = b
        self.c = c

    def discriminant(self) -> float:
        return self.b * self.b - 4.0 * self.a * self.c

    def roots(self) -> tuple[float, float]:
        d = math.sqrt(self.discriminant())
        # Numerically stable form: avoid cancellation between -b and d.
        q = -0.5 * (self.b + math.copysign(d, self.b))
        r1 = q / self.a
        r2 = self.c / q if q != 0.0 else r1
        if r1 > r2:
            return (r2, r1)
        return (r1, r2)


equations = [
    Quadratic(1.0, -3.0, 2.0),
    Quadratic(1.0, 2.0, 1.0),
    Quadratic(2.0, -4.0, -6.0),
    Quadratic(1.0, -1e8, 1.0),
    Quadratic(1.0, 0.0, -2.0),
    Quadratic(4.0, 4.0, -3.0),
    Quadratic(1.0, 1.0, 1.0),
    Quadratic(3.0, 0.0, 3.0),
]

solved = 0
for eq in equations:
    d = eq.discriminant()
    print(f"a={eq.a:g} b={eq.b:g} c={eq.c:g} disc={d:g}")
    if d < 0.0:
        print("  skipping complex roots")
        continue
    r1, r2 = eq.roots()
    print("  roots:", r1, r2)
    print(f"  formatted: {r1:.6f} {r2:.6e}")
    solved += 1
print("solved", solved)
# This one is not guarded: math.sqrt of a negative raises ValueError.
last = Quadratic(1.0, 0.0, 5.0)
print("last discriminant", last.discriminant())
print(last.roots())
print("not reached")
