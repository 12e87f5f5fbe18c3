# Sieve of Eratosthenes with a list of bools.
def primes_below(n: int) -> list[int]:
    is_prime = [True] * n
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i < n:
        if is_prime[i]:
            j = i * i
            while j < n:
                is_prime[j] = False
                j += i
        i += 1
    out: list[int] = []
    for k in range(n):
        if is_prime[k]:
            out.append(k)
    return out


ps = primes_below(100)
print(ps)
print(len(ps), ps[-1], ps[:5])
print(len(primes_below(10000)))
gaps: list[int] = []
for i in range(1, len(ps)):
    gaps.append(ps[i] - ps[i - 1])
print(gaps)
print(max(gaps), gaps.count(2))
