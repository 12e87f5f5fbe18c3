# Parsing and printing long decimal strings.
s = "123456789012345678901234567890"
n = int(s)
print(n, n + 1, n * 10, n // 7)
m = int("-98765432109876543210987654321")
print(m, m * m, n + m)
print(str(n) == s, str(m))
print(len(str(10 ** 99)), len(str(-(10 ** 99))))
t = ""
for i in range(1, 10):
    t = t + str(i)
t = t * 4
print(t, int(t) % 1000003)
big = int("9" * 50)
print(big + 1, big + 1 == 10 ** 50)
print(int("1" + "0" * 40) == 10 ** 40)
print(int("  -0000123  "), int("+99"))
print(str(2 ** 256))
print(repr(-(2 ** 128)))
