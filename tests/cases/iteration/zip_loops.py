# zip() pairs up elements and stops at the shortest input.
names = ["ann", "bob", "cy"]
scores = [91, 78, 85]
for n, s in zip(names, scores):
    print(n, s)
a = [1, 2, 3, 4, 5]
b = [10, 20, 30]
for x, y in zip(a, b):
    print(x + y, end=" ")
print()
dot = 0
for x, y in zip([1, 2, 3], [4, 5, 6]):
    dot += x * y
print("dot", dot)
for ch, k in zip("abc", [1, 2, 3, 4]):
    print(ch * k)
pairs: list[tuple[str, int]] = []
for n, s in zip(names, scores):
    pairs.append((n, s))
print(pairs)
diffs: list[int] = []
for p, q in zip(a, a[1:]):
    diffs.append(q - p)
print(diffs)
empty: list[int] = []
for x, y in zip(a, empty):
    print("never", x, y)
print("done")
for w, v in zip(["x", "y"], [1.5, 2.5]):
    print(w, v)
