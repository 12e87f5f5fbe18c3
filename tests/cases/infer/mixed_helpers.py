# Annotated helpers called from unannotated functions, with agreeing int/str types.
def is_prime(n: int) -> bool:
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def primes_upto(limit):
    return [n for n in range(limit + 1) if is_prime(n)]


def label(n: int) -> str:
    return f"#{n}"


def labels(xs):
    return [label(x) for x in xs]


def prime_gaps(limit):
    ps = primes_upto(limit)
    gaps = []
    for i in range(1, len(ps)):
        gaps.append(ps[i] - ps[i - 1])
    return gaps


print(primes_upto(50))
print(labels(primes_upto(20)))
print(prime_gaps(60), max(prime_gaps(100)))
print(is_prime(97), is_prime(91), sum(primes_upto(100)))
