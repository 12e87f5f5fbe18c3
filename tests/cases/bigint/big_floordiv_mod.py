# Floor division and modulo on huge and negative ints.
big = 10 ** 30 + 7
print(big // 3, big % 3)
print(-big // 3, -big % 3)
print(big // -3, big % -3)
print(-big // -3, -big % -3)
print(big // big, big % big, big // (big + 1), big % (big + 1))
print(-1 // big, -1 % big)
print(2 ** 100 // 7, 2 ** 100 % 7)
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print(-(2 ** 100) // (2 ** 64), -(2 ** 100) % (2 ** 64))
print((2 ** 100 + 1) // -(2 ** 50), (2 ** 100 + 1) % -(2 ** 50))
q, r = divmod(-(10 ** 25), 12345678901)
print(q, r, q * 12345678901 + r)
q, r = divmod(3 ** 80, -(2 ** 70))
print(q, r, q * -(2 ** 70) + r == 3 ** 80)
n = 3 ** 100
digits = 0
while n > 0:
    n //= 10
    digits += 1
print(digits)
print(-(10 ** 20) // 10 ** 10, -(10 ** 20 + 1) // 10 ** 10)
