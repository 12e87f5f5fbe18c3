# divmod(int, 0) raises ZeroDivisionError.
for d in range(3, -1, -1):
    q, r = divmod(100, d)
    print(d, q, r)
