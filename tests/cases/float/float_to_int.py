# int() truncates floats toward zero; big floats give big ints.
print(int(0.9), int(-0.9), int(1.0), int(-1.0))
print(int(2.5), int(3.5), int(-2.5), int(-3.5))
print(int(1e15), int(1e16), int(1e19), int(1e20))
print(int(-1e19), int(9.999999999999999e22))
print(int(1.7976931348623157e308) > 10 ** 307)
print(int(5e-324), int(-5e-324))
print(int(123.456 * 1000))
print(int(0.1 + 0.7) , int((0.1 + 0.7) * 10))
x = 7.75
whole = int(x)
frac = x - whole
print(whole, frac)
for i in range(-3, 4):
    v = i * 0.75
    print(v, int(v), v // 1)
print(int(2.0 ** 63), int(-(2.0 ** 63)), int(2.0 ** 64))
