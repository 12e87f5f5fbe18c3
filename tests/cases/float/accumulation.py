# Rounding behaviour of repeated float operations.
s = 0.0
for i in range(10):
    s += 0.1
print(s, s == 1.0)
t = 0.0
for i in range(100):
    t += 0.01
print(t)
big = 1e16
big += 1.0
print(big, big == 1e16)
big += 2.0
print(big)
x = 1.0
while 1.0 + x != 1.0:
    x /= 2.0
print(x, x * 2)
tiny = 1.0
count = 0
while tiny > 0.0:
    tiny /= 2.0
    count += 1
print(count)
h = 0.0
for k in range(1, 1001):
    h += 1.0 / k
print(h)
p = 1.0
for k in range(1, 21):
    p *= k
print(p)
g = 1.0
for k in range(50):
    g = 1.0 + 1.0 / g
print(g)
print(0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
print(1e20 + 1.0 - 1e20, 1e20 - 1e20 + 1.0)
