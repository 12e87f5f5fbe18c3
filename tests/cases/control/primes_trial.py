# Prime numbers by trial division and a counting "sieve" using ints as bitsets.
def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


count = 0
line = ""
for n in range(100):
    if is_prime(n):
        count += 1
        line += str(n) + " "
print(line)
print("primes below 100:", count)
# Sieve of Eratosthenes storing composites as bits of one big int.
limit = 200
composite = 0
p = 2
while p * p < limit:
    if not (composite >> p) & 1:
        m = p * p
        while m < limit:
            composite |= 1 << m
            m += p
    p += 1
total = 0
last = 0
for k in range(2, limit):
    if not (composite >> k) & 1:
        total += 1
        last = k
print("primes below", limit, ":", total, "largest", last)
print(is_prime(2 ** 31 - 1), is_prime(2 ** 31 + 1), is_prime(1000003))
