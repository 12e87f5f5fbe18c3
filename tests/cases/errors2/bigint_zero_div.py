# Dividing a big int by zero raises ZeroDivisionError like small ints do.
big = 10 ** 30
for d in [7, -3, 10 ** 29]:
    print(big // d, big % d)
d = big - 10 ** 30
print(big // d)
