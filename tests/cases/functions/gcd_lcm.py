# gcd and lcm, recursive and iterative, on small and big ints.
def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def gcd_iter(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def lcm(a: int, b: int) -> int:
    return a // gcd(a, b) * b


def ext_gcd_x(a: int, b: int) -> int:
    """Return x such that a*x + b*y == gcd(a, b) for some y."""
    x0 = 1
    x1 = 0
    while b != 0:
        q, r = divmod(a, b)
        a, b = b, r
        x0, x1 = x1, x0 - q * x1
    return x0


print(gcd(48, 18), gcd(18, 48), gcd(17, 5), gcd(0, 9), gcd(9, 0))
print(gcd_iter(1071, 462), gcd_iter(2 ** 40, 6 ** 20))
print(lcm(4, 6), lcm(21, 6), lcm(7, 13))
running = 1
for k in range(1, 21):
    running = lcm(running, k)
print("lcm(1..20) =", running)
big = 1
for k in range(1, 61):
    big = lcm(big, k)
print("lcm(1..60) =", big)
x = ext_gcd_x(240, 46)
print(x, (240 * x - gcd(240, 46)) % 46)
inv = ext_gcd_x(17, 3120) % 3120
print("inverse of 17 mod 3120:", inv, 17 * inv % 3120)
print(gcd(-12, 18), gcd_iter(12, -18))
