# Dicts keyed by ints: memoised Collatz lengths.
memo: dict[int, int] = {1: 0}


def collatz(n: int) -> int:
    if n in memo:
        return memo[n]
    if n % 2 == 0:
        r = 1 + collatz(n // 2)
    else:
        r = 1 + collatz(3 * n + 1)
    memo[n] = r
    return r


best = 1
for i in range(1, 1000):
    if collatz(i) > collatz(best):
        best = i
print(best, collatz(best))
print(len(memo) > 1000, memo[27], memo[1])
small = {k: memo[k] for k in range(1, 11)}
print(small)
neg = {-1: "neg", 0: "zero", 10 ** 20: "huge"}
print(neg, neg[10 ** 20], -1 in neg, 1 in neg)
