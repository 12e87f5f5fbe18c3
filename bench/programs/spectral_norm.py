"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N, by ten
steps of the power method (the Computer Language Benchmarks Game algorithm).
Float lists and nested loops."""

N = 330  # smoke: 20


def a(i: int, j: int) -> float:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(v: list[float]) -> list[float]:
    n = len(v)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(i, j) * v[j]
        result.append(total)
    return result


def times_a_transposed(v: list[float]) -> list[float]:
    n = len(v)
    result = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += a(j, i) * v[j]
        result.append(total)
    return result


def times_ata(v: list[float]) -> list[float]:
    return times_a_transposed(times_a(v))


def spectral_norm(n: int) -> float:
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ui, vi in zip(u, v):
        vbv += ui * vi
        vv += vi * vi
    return (vbv / vv) ** 0.5


if __name__ == "__main__":
    print(f"{spectral_norm(N):.9f}")
