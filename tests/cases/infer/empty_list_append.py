# An empty list later filled with ints by append, insert and extend, then read back.
xs = []
print(xs, len(xs))
for i in range(6):
    xs.append(i * 3)
print(xs, len(xs), sum(xs))
xs.insert(0, -1)
xs.extend([100, 200])
print(xs)
print(xs[0] + xs[-1], max(xs), min(xs))
evens = []
odds = []
for x in xs:
    if x % 2 == 0:
        evens.append(x)
    else:
        odds.append(x)
print(evens, odds)
squares = []
while len(squares) < 5:
    n = len(squares)
    squares.append(n * n)
print(squares, squares.index(9), squares.pop(), squares)
