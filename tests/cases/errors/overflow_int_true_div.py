# int / int whose result does not fit in a float raises OverflowError.
print(10 ** 400 / 10 ** 100)
print(10 ** 400 / 10 ** 95)
print(10 ** 400 / 3)
