# for ... else: the else clause runs only when the loop wasn't broken.
for i in range(3):
    print("i", i)
else:
    print("completed, i =", i)
for i in range(10):
    if i == 5:
        print("break at", i)
        break
else:
    print("never")
for i in range(0):
    print("never")
else:
    print("else on empty range")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for i in range(3):
    for j in range(3):
        if i == j == 1:
            break
    else:
        print("inner completed for i =", i)
        continue
    print("inner broke for i =", i)
