# float / 0.0 raises ZeroDivisionError (no inf result in Python).
x = 1.0
d = 0.5
while True:
    print(x / d)
    d -= 0.25
