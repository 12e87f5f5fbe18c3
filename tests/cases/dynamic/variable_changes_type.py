x = 1
x = "one"
print(x)
x = 2.5
print(x, type(x).__name__)
n = 0
for v in [1, 2, 3]:
    n = n + v / 2
print(n)
