# A ZeroDivisionError raised several frames deep in recursion.
def harmonic(n: int) -> float:
    if n < 0:
        return 0.0
    return 1 / n + harmonic(n - 1)


def safe(n: int) -> float:
    total = 0.0
    for k in range(1, n + 1):
        total += 1 / k
    return total


print(safe(10))
print(safe(100))
print(harmonic(5))
