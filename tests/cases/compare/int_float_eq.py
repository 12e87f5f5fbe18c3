# Equality and ordering between ints, floats and bools.
print(1 == 1.0, 0 == 0.0, 0 == -0.0, -0.0 == 0.0)
print(2 == 2.000000000000001, 2 == 2.0000000000000001)
print(1 != 1.0, 3 < 3.5, 4 > 3.999, -1 < -0.5)
print(True == 1, False == 0, True == 1.0, True == 2, False == 0.0)
print(True > False, True >= 1, False < 1, True < 2)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 + 0.25 == 0.75)
p = 2 ** 53
print(p == 2.0 ** 53, p + 1 == 2.0 ** 53 + 1, p + 1 == 2.0 ** 53)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(2 ** 63 == 9.223372036854776e18, 2 ** 63 - 1 == 9.223372036854776e18)
print(2 ** 63 - 1 < 9.223372036854776e18)
nan = float("nan")
print(nan == 0, 0 == nan, nan < 0, nan > 0, nan != 0)
print(10 / 5 == 2, 7 / 2 == 3.5, 1 / 3 == 0.3333333333333333)
i = 0
f = 0.0
same = 0
while i < 20:
    if i == f:
        same += 1
    i += 1
    f += 1.0
print(same)
