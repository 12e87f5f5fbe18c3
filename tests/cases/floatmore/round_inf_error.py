# round() of infinity raises OverflowError.
print(round(1e308), len(str(round(1e308))))
big = 1e308
for i in range(3):
    big *= 2.0
    print(i, big, round(big, 2), round(big, -300))
x = float("inf")
print(round(x, 2), round(-x, 5))
print(x > 1e308)
print(round(x))
