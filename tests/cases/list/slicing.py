# Reading slices of lists, including steps and negative bounds.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5])
print(xs[:3], xs[7:])
print(xs[-3:], xs[:-3])
print(xs[::2], xs[1::2])
print(xs[::-1])
print(xs[8:2:-2])
print(xs[-1:-4:-1])
print(xs[5:2], xs[20:], xs[:0])
print(xs[-100:3], xs[3:100])
print(xs[::3], xs[::-3])
print(xs[1:9:3])
a = 2
b = 8
print(xs[a:b], xs[a:b:a], xs[b:a:-a])
copy = xs[:]
copy[0] = 100
print(xs[0], copy[0])
words = ["one", "two", "three", "four"]
print(words[1:3], words[::-1], words[-2:])
half = len(words) // 2
print(words[:half], words[half:])
rev = xs[::-1]
print(rev[0], rev[-1], len(rev))
matrix = [[1, 2], [3, 4], [5, 6]]
print(matrix[1:], matrix[::-1][0])
