# break and continue in for and while loops, including nested loops.
for i in range(10):
    if i % 2 == 1:
        continue
    if i > 6:
        break
    print("for", i)
n = 0
while True:
    n += 1
    if n % 3 == 0:
        continue
    if n > 10:
        break
    print("while", n)
print("n after loop", n)
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print("pair", i, j)
found = -1
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = 1
        while c * c < c2:
            c += 1
        if c * c == c2 and a + b + c == 24:
            found = a * 10000 + b * 100 + c
            break
    if found >= 0:
        break
print("triple", found)
total = 0
i = 0
while i < 100:
    i += 1
    if i % 7 != 0:
        continue
    total += i
print("sum of multiples of 7 up to 100:", total)
