# Arithmetic between values of different types held in object variables.
def add(a: object, b: object) -> object:
    return a + b

def mul(a: object, b: object) -> object:
    return a * b

print(add(1, 2), add(1, 2.5), add(True, 1), add(2.5, True))
print(add("ab", "cd"), add([1, 2], [3]), add((1,), (2, 3)))
print(mul("ab", 3), mul(3, "xy"), mul([0], 4), mul(2, [1, "a"]))
print(mul(1.5, 2), mul(True, 7), mul("z", 0), mul(-1, "q"))
vals = [7, 2.0, True, 3]
for v in vals:
    print(v, v + 1, v * 2, v / 2, v // 2, v % 2, -v)
x = 10
x = x / 4
print(x, type(x).__name__)
x = 2 ** 10
y = [x, 1.5]
print(y[0] * y[1], y[0] - y[1], y[0] ** 0.5)
