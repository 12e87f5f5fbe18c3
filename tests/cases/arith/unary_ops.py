# Unary minus, plus and bitwise inversion.
a = 5
print(-a, +a, ~a)
print(-(-a), +(-a), ~(~a), -(+a))
b = -5
print(-b, +b, ~b)
print(~0, ~-1, ~1, -0)
f = 2.5
print(-f, +f)
g = 0.0
print(-g, +g, -(-g))
h = -0.0
print(-h, +h)
print(- - - 3, + - + 3, ~ - 3, - ~ 3)
t = True
print(-t, +t)
for i in range(-3, 4):
    print(i, -i, ~i, -i - 1 == ~i)
print(-2 ** 2, (-2) ** 2, ~2 ** 2)
print(-7 // 2, -(7 // 2))
