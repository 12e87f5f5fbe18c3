# min/max with default= for empty inputs, alone and with key=.
xs = [3, -7, 5, -1]
empty: list[int] = []
print(min(empty, default=0), max(empty, default=-1), max(xs, default=100))
print(min(empty, key=abs, default=42), max(["x"], default="d"), min(range(1, 4), default=9))
