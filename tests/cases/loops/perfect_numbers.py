# Perfect, abundant and deficient numbers with nested loops.
def divisor_sum(n: int) -> int:
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            if d * d != n:
                total += n // d
        d += 1
    return total


perfect = ""
abundant = 0
deficient = 0
for n in range(2, 10000):
    s = divisor_sum(n)
    if s == n:
        perfect += str(n) + " "
    elif s > n:
        abundant += 1
    else:
        deficient += 1
print("perfect:", perfect)
print("abundant:", abundant, "deficient:", deficient)
for n in range(200, 300):
    m = divisor_sum(n)
    if m > n and divisor_sum(m) == n:
        print("amicable pair", n, m)
print(divisor_sum(2 ** 12), divisor_sum(8128), divisor_sum(33550336))
