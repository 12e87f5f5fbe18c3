# All six comparison operators on ints of different signs.
a = 3
b = 7
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < a, b <= a, b > a, b >= a, b == a, b != a)
print(a < a, a <= a, a > a, a >= a, a == a, a != a)
print(-a < a, -b < -a, -b > -a, 0 > -1, 0 < -1)
for x in range(-2, 3):
    print(x, x < 0, x <= 0, x == 0, x != 0, x >= 0, x > 0)
r = 5 > 3
print(r, not r)
print((1 < 2) == (2 < 3), (1 < 2) != (3 < 2))
print(10 == 10, 10 == 11, -0 == 0)
