# + and * build new lists, += extends in place.
a = [1, 2]
b = [3, 4, 5]
c = a + b
print(c, a, b)
print(a * 3, [0] * 5, b * 0)
print([7] * 2 + [8] * 3)
zeros = [0] * 4
zeros[1] = 9
print(zeros)
a += b
print(a, len(a))
a += [6]
print(a)
s = ["x"] * 3
s += ["y"]
print(s)
strs = ["ab"] + ["cd"]
print(strs)
n = 3
row = [1] * n
print(row, len(row * n))
alias = a
alias += [7]
print(a)
e: list[int] = []
e += []
e = e + [1]
print(e)
neg = [1, 2] * -1
print(neg)
grid = [[0] * 3] * 2
print(grid)
