# Indexing lists with positive and negative indexes.
xs = [10, 20, 30, 40, 50]
print(xs[0], xs[1], xs[4])
print(xs[-1], xs[-2], xs[-5])
n = len(xs)
for i in range(n):
    print(i, xs[i], xs[-1 - i])
i = -3
print(xs[i], xs[i + 1], xs[n + i])
words = ["alpha", "beta", "gamma"]
print(words[-1][0], words[0][-1], words[1][1:3])
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(grid[1], grid[-1][-1], grid[0][-2], grid[-2][0])
xs[0] = 11
xs[-1] = 55
print(xs)
xs[2] += 3
xs[-2] *= 2
print(xs)
grid[1][1] = 0
grid[-1][0] -= 7
print(grid)
total = 0
j = 0
while j < len(xs):
    total += xs[j]
    j += 1
print(total)
