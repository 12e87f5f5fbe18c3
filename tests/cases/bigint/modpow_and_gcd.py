# Modular exponentiation by squaring and gcd on big numbers.
def modpow(base: int, exp: int, mod: int) -> int:
    result = 1
    base = base % mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def gcd(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


m = 2 ** 61 - 1
print(modpow(3, 10 ** 18, m))
print(modpow(2, 100, 10 ** 9 + 7), 2 ** 100 % (10 ** 9 + 7))
print(modpow(7, 2 ** 64, 1000000), modpow(12345, 0, 97))
print(pow(3, 200))
print(gcd(2 ** 100, 6 ** 40))
print(gcd(3 ** 50 * 5 ** 10, 3 ** 20 * 7 ** 30))
print(gcd(10 ** 30 + 1, 10 ** 15 + 1))
x = 2 ** 89 - 1
witness = 0
for a in range(2, 8):
    if modpow(a, x - 1, x) != 1:
        witness = a
print(x, witness)
print(modpow(2, 2 ** 70, 2 ** 127 - 1))
