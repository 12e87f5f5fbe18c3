# + and * on lists build new lists; *= and += change the list in place.
a = [1, 2]
b = a + [3]
c = a * 3
print(a, b, c, 0 * a, a * -1)
d = a
d *= 2
print(a, d is a)
d += [9]
print(a)
e = [[0]] * 3
e[0].append(1)
print(e)
f = [[0] for _ in range(3)]
f[0].append(1)
print(f)
print([] + [], [] * 5, [None] * 2, ["x"] * 2 + ["y"])
total: list[int] = []
for i in range(4):
    total = total + [i] * i
print(total, len(total))
