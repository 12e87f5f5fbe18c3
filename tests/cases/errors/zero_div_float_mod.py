# float % 0.0 raises ZeroDivisionError.
x = 5.5
print(x % 2.0, x % -2.0)
y = 3 - 3.0
print(y)
print(x % y)
