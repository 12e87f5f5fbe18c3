# Tuple assignment drives the Fibonacci and Euclid recurrences.
a, b = 0, 1
for i in range(15):
    print(a, end=" ")
    a, b = b, a + b
print()
print(a, b)


def gcd(x: int, y: int) -> int:
    while y != 0:
        x, y = y, x % y
    return x


def ext_gcd(a: int, b: int) -> tuple[int, int, int]:
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r != 0:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
        old_t, t = t, old_t - q * t
    return old_r, old_s, old_t


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
for pa, pb in [(240, 46), (99, 78), (7, 3)]:
    g, s, t = ext_gcd(pa, pb)
    print(pa, pb, g, s, t, pa * s + pb * t == g)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
