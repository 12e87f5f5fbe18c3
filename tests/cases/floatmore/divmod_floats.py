# divmod, // and % on floats, with signs and fractional parts.
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.3, 0.1), (1.0, 0.1), (5.0, 1.5)]:
    q, r = divmod(a, b)
    print(a, b, q, r, a // b, a % b)
print(divmod(1e300, 1e-300)[1], -0.0 % 5.0, 0.0 % -5.0, -1e-20 % 1.0)
angle = -370.0
print(angle % 360.0, (angle + 720.0) % 360.0, divmod(angle, 360.0))
seconds = 3725.75
minutes, sec = divmod(seconds, 60.0)
hours, minutes = divmod(minutes, 60.0)
print(hours, minutes, sec)
print(divmod(7, 2.0), divmod(-7, 2.0), 7 // 2.5, -7 % 2.5)
