# divmod(float, 0.0) raises ZeroDivisionError.
x = 10.0
y = 2.5
while True:
    q, r = divmod(x, y)
    print(y, q, r)
    y -= 1.25
