# Products, binomials and Catalan numbers that grow past 64 bits.
def binomial(n: int, k: int) -> int:
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result


def catalan(n: int) -> int:
    return binomial(2 * n, n) // (n + 1)


print(binomial(10, 3), binomial(52, 5), binomial(100, 50))
print(binomial(200, 100))
for n in range(0, 71, 10):
    print(n, catalan(n))
prod = 1
p = 2
while p < 120:
    d = 2
    prime = True
    while d * d <= p:
        if p % d == 0:
            prime = False
            break
        d += 1
    if prime:
        prod *= p
    p += 1
print(prod)
x = 123456789123456789
print(x * x * x)
print(x * x - (x - 1) * (x + 1))
print(-x * x * -x)
