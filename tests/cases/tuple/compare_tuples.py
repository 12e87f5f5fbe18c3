# == and < between tuples compare element by element.
a = (1, 2)
b = (1, 3)
c = (1, 2)
print(a == c, a != b, a < b, b < a, a <= c, b >= a)
x = ("apple", 3)
y = ("apple", 10)
z = ("banana", 1)
print(x < y, y < z, x < z, z > x)
t1 = (2, "b")
t2 = (2, "a")
print(t1 < t2, t1 > t2, t1 == t2)
f1 = (1.5, 0.0)
f2 = (1.5, -0.0)
print(f1 == f2, f1 < f2)
big1 = (2 ** 80, 1)
big2 = (2 ** 80, 0)
print(big1 > big2)
best = ("", 0)
for cand in [("x", 5), ("y", 9), ("a", 9), ("z", 2)]:
    if cand > best:
        best = cand
print(best)
scores = [(90, "bea"), (85, "al"), (90, "ann"), (70, "cy")]
scores.sort()
print(scores)
scores.sort(reverse=True)
print(scores)
print(max(scores), min(scores))
