# Spectral-norm benchmark kernel (small n) using math.sqrt, plus a trapezoid-rule integral.
import math


def eval_a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v: list[float], out: list[float]) -> None:
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v: list[float], out: list[float]) -> None:
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mul_atav(v: list[float], out: list[float], tmp: list[float]) -> None:
    mul_av(v, tmp)
    mul_atv(tmp, out)


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_atav(u, v, tmp)
        mul_atav(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


for n in [2, 5, 10, 50]:
    print(n, f"{spectral_norm(n):.9f}")


def trapezoid(a: float, b: float, steps: int) -> float:
    h = (b - a) / steps
    total = 0.5 * (math.sin(a) + math.sin(b))
    for k in range(1, steps):
        total += math.sin(a + k * h)
    return total * h


# The integral of sin over [0, pi] is exactly 2.
for steps in [4, 16, 64, 256]:
    approx = trapezoid(0.0, math.pi, steps)
    err = math.fabs(approx - 2.0)
    print(f"steps={steps:4d} approx={approx:.10f} err={err:.3e} log10(err)={math.log10(err):.2f}")

# Euclidean norms of a few vectors; exact when the sum of squares is a perfect square.
vectors = [[3.0, 4.0], [1.0, 2.0, 2.0], [2.0, 3.0, 6.0], [0.5, 0.5, 0.5, 0.5], [1.0, 1.0]]
for vec in vectors:
    sq = math.fsum([x * x for x in vec])
    norm = math.sqrt(sq)
    print(vec, sq, norm, norm == math.isqrt(int(sq)), f"{norm:.4f}")
