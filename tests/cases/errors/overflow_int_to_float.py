# float() of an int beyond the double range raises OverflowError.
n = 10 ** 300
print(float(n))
n = n * 10 ** 8
print(float(n))
n = n * 10 ** 100
print(len(str(n)))
print(float(n))
