# Unannotated float functions: parameter types inferred from float-only calls.
def mean(a, b):
    return (a + b) / 2


def hypot2(x, y):
    return (x * x + y * y) ** 0.5


def lerp(a, b, t):
    return a + (b - a) * t


def to_fahrenheit(c):
    return c * 9.0 / 5.0 + 32.0


def poly(x):
    return 3.0 * x * x - 2.0 * x + 0.5


print(mean(1.5, 2.5), mean(0.1, 0.2))
print(hypot2(3.0, 4.0), hypot2(1.0, 1.0))
print(lerp(0.0, 10.0, 0.25), lerp(-1.0, 1.0, 0.5))
for c in [0.0, 37.0, 100.0, -40.0]:
    print(c, "->", to_fahrenheit(c))
x = 0.0
while x < 2.0:
    print(round(x, 2), round(poly(x), 4))
    x += 0.5
print(round(mean(hypot2(6.0, 8.0), 0.0), 3))
