# int() of an infinite float raises OverflowError.
x = 1e300
while x < float("inf"):
    print(int(x) % 1000)
    x *= 1e5
print(x)
print(int(x))
