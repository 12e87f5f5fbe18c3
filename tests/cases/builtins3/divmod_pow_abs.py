# divmod, pow (two and three arguments) and abs across ints and floats.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(17.5, 5), divmod(-17.5, 5.0), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 2), pow(4, 0.5), pow(0, 0))
print(pow(7, 2, 5), pow(-7, 2, 5), pow(7, 2, -5), pow(3, 200, 1000))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 80)), abs(True))
print(2 ** -2, (-2) ** 3, (-2.0) ** 2, 10 ** 0, 0.5 ** 2, 2 ** 0.5)
