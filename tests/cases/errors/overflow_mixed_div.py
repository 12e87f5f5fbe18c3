# Dividing a huge int by a float needs an int-to-float conversion, which overflows.
big = 10 ** 400
print(big // 3 % 1000)
print(10 ** 300 / 1.5)
print(big / 1.5)
