# Comparisons of big ints with each other and with floats (exact semantics).
a = 2 ** 100
b = 2 ** 100 + 1
print(a < b, a > b, a == b, a != b, a <= a, b >= a)
print(-a < -b, -a > -b, -a == -(2 ** 100))
p = 2 ** 53
print(p == 9007199254740992.0)
print(p + 1 == 9007199254740992.0)
print(p + 1 > 9007199254740992.0)
print(p + 1 < 9007199254740993.0)
print(a == float(a), b == float(b), b > float(b))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(10 ** 400 == float("inf"), 5 == float("nan"), 5 < float("nan"))
print(2 ** 63 > 2 ** 63 - 1, -(2 ** 63) < -(2 ** 63) + 1)
print(1 < 2 ** 64 < 2 ** 65 < 2 ** 66)
print(max(2 ** 70, 3 ** 44), min(2 ** 70, 3 ** 44))
print(3 ** 44 > 2 ** 70)
print(10 ** 20 == 100000000000000000000.0)
print(10 ** 23 == 1e23)
