# Floor division and modulo on ints take the sign of the divisor; divmod agrees.
for a in [7, -7, 0, 13, -13, 10 ** 20 + 1, -(10 ** 20) - 1]:
    for b in [3, -3, 10, -10]:
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, q, r, q * b + r == a)
print(divmod(2 ** 100, 3), divmod(-(2 ** 100), 7))
print(-1 // 2, 1 // -2, -1 % 2, 1 % -2, -0 // 5)
