# for over tuple literals of one element type.
for x in (1, 2, 3):
    print(x * x)
for w in ("red", "green", "blue"):
    print(w, len(w))
for f in (1.5, -2.0):
    print(f / 2)
total = 0
for n in (10, 20, 30, 40):
    if n == 30:
        continue
    total += n
print(total)
for n in (1, 3, 5):
    if n % 2 == 0:
        print("found even")
        break
else:
    print("all odd")
for a, b in ((1, 2), (3, 4)):
    print(a + b)
