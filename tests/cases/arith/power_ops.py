# ** and pow() on ints and floats.
print(2 ** 10, 3 ** 4, 10 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000)
print((-2) ** 3, (-2) ** 4, -2 ** 4, (-1) ** 99)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 9.0 ** 0.5)
print(2.0 ** -1, 2.0 ** -2, 10.0 ** -3, 0.5 ** 10)
print(1.5 ** 2, (-1.5) ** 3, (-2.0) ** 2)
print(pow(2, 8), pow(3, 0), pow(-3, 3), pow(2.0, 0.5), pow(10, 2.0))
print(pow(2.5, 2), pow(4, 0.5), pow(0.0, 0))
print(True ** 5, 5 ** True, 2 ** False, True ** False)
base = 3
exp = 0
while exp <= 12:
    print(exp, base ** exp)
    exp += 3
x = 7
x **= 2
print(x)
y = 2.0
y **= 0.5
print(y)
print(10 ** 18, 10 ** 19)
print(0.0 ** 0.0, 1.0 ** 0.0)
