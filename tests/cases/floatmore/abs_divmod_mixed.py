# abs() and divmod() on floats and int/float mixes, with signs.
for a in [7.5, -7.5, 0.0, -0.0, 1e300]:
    print(a, abs(a), divmod(a, 2.0), divmod(a, -2.0))
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.0, -2), divmod(1, 0.3))
print(abs(-3), abs(-3.25), abs(-(10 ** 30)), abs(float("-inf")), abs(-0.0))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 0.0 % 5.0, -0.0 % 5.0)
print(5 % 0.5, 5.5 % 0.5, 1e16 % 3.0, -1e-300 % 1.0)
q, r = divmod(-0.0, 1.0)
print(q, r)
