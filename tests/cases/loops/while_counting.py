# while loops driven by different conditions.
i = 10
while i > 0:
    print(i, end=" ")
    i -= 3
print("end", i)
x = 1
steps = 0
while x < 1000000:
    x *= 7
    steps += 1
print(x, steps)
a = 1071
b = 462
while b:
    a, b = b, a % b
print("gcd", a)
n = 0
s = 0
while s <= 100:
    n += 1
    s += n
print(n, s)
bits = ""
v = 156
while v > 0:
    bits = str(v % 2) + bits
    v //= 2
print(bits)
f = 1.0
halvings = 0
while f > 0.001:
    f /= 2
    halvings += 1
print(f, halvings)
