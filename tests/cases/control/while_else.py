# while loops with else clauses, with and without break.
n = 0
while n < 3:
    print("loop", n)
    n += 1
else:
    print("else runs after normal exit, n =", n)
m = 0
while m < 10:
    if m == 4:
        print("breaking at", m)
        break
    m += 1
else:
    print("never printed")
k = 100
while k < 10:
    print("never")
else:
    print("else runs even when the body never ran")


def find_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


for v in range(20, 30):
    print(v, find_divisor(v))
