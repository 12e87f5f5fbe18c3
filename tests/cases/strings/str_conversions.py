# str() of each basic type, and round trips through int() and float().
print(str(0), str(-0), str(123), str(-456), str(2 ** 65))
print(str(0.0), str(-0.0), str(1.5), str(1e16), str(1e-5), str(0.1 + 0.2))
print(str(float("inf")), str(float("-inf")), str(float("nan")))
print(str(True), str(False), str(None))
print(str("already"), str(""))
print(str(7 / 2) + "|" + str(7 // 2) + "|" + str(7 % 2))
n = 98765
s = str(n)
print(s, len(s), int(s) == n)
f = 0.1
fs = str(f)
print(fs, float(fs) == f)
g = 1 / 3
print(str(g), float(str(g)) == g)
print(str(1e22), str(1e21), str(123456789.123456789))
print(str(True) + str(1) + str(1.0))
for i in range(-2, 3):
    print(str(i) + ":" + str(i * 0.5) + ":" + str(i > 0))
