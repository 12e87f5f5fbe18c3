# Comparisons whose operands or results are bools.
t = True
f = False
print(t == t, t == f, t != f, t > f, t < f, f < t)
print(t >= f, f <= t, t <= t, f >= f)
print((3 > 2) == True, (3 > 2) == False)
print((1 < 2) < (2 < 3), (1 < 2) > (3 < 2))
print(t + t > t, f - t < f)
b = 5 > 3
c = 2 > 3
print(b, c, b == c, b != c, b > c)
print(b == 1, c == 0, b == 1.0)
print(b and c, b or c, not b)
eq = 0
for i in range(6):
    flag = i % 2 == 0
    other = i % 3 == 0
    if flag == other:
        eq += 1
    print(i, flag, other, flag == other, flag < other)
print(eq)
