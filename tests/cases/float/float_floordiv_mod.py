# Floor division and modulo on floats, with the sign of zero results.
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-7.5 // -2, -7.5 % -2)
print(1.0 % 1.0, -1.0 % 1.0, 1.0 % -1.0, -1.0 % -1.0)
print(0.0 // 3.0, -0.0 // 3.0, 0.0 // -3.0)
print(0.0 % 3.0, -0.0 % 3.0, 0.0 % -3.0)
print(6.0 // 3.0, -6.0 // 3.0, 6.0 % -3.0)
print(0.3 // 0.1, 0.3 % 0.1)
print(1.0 // 0.1, 1.0 % 0.1)
print(5 // 0.4, 5 % 0.4)
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(1e300 // 1e-300, 2.5 // 1e300)
print(float("inf") // 1.0, float("inf") % 2.0, 5.0 % float("inf"), -5.0 % float("inf"))
print(3.0 // float("inf"), -3.0 // float("inf"))
x = 100.0
steps = 0
while x >= 1.0:
    x = x // 3.0
    steps += 1
print(x, steps)
print(2.0 * -0.0, -0.0 * -1.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 - 0.0)
print(-0.0 / 5, 0.0 / -5, -(0.0))
