# Repeating a list a huge number of times raises OverflowError.
row = [0] * 3
print(row, row * 2, row * 0, row * -1)
n = 1
while n < 10 ** 6:
    n *= 10
print(n, len(row * n))
n = 10 ** 20
print(n)
print(len(row * n))
