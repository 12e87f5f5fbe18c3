# float // 0.0 raises ZeroDivisionError.
vals = 7.5
print(vals // 2.0, vals // -2.0, vals // 0.1)
z = -0.0
print(z, z // 1.0)
print(vals // z)
