# Less common int methods and attributes.
n = 42
print(n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(n.as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
print((5).is_integer(), int.is_integer(-3))
print((255).__index__(), (10).__abs__(), (-3).__neg__())
print(int(True), int(-2.9), int("-0"), int(1e18), int(-1e-9))
print(divmod(-7, 2), divmod(7, -2), divmod(2 ** 70, 3 ** 20))
print(abs(-2 ** 80), -2 ** 2, (-2) ** 2)
print((7).__floordiv__(2), (7).__rtruediv__(14), (3).__pow__(4, 5))
print(int.from_bytes(b"\x2a", "big") == n, (n).bit_length(), n.__hash__())
