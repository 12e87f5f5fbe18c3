# Collatz sequences: lengths, peaks and the longest chain under a bound.
def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_peak(n: int) -> int:
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
    return peak


n = 27
while n != 1:
    print(n, end=" ")
    n = n // 2 if n % 2 == 0 else 3 * n + 1
print(n)
for k in range(1, 11):
    print(k, collatz_steps(k), collatz_peak(k))
best = 1
best_len = 0
for k in range(1, 3000):
    s = collatz_steps(k)
    if s > best_len:
        best = k
        best_len = s
print("longest under 3000:", best, best_len)
print(collatz_steps(2 ** 100 + 1), collatz_peak(2 ** 65 - 1))
