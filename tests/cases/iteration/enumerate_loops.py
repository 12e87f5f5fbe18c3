# enumerate() from 0 and from a given start.
fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, 1):
    print(f"{i}. {f}")
for i, ch in enumerate("héllo"):
    if ch == "l":
        print("first l at", i)
        break
for i, v in enumerate([10, 20, 30], 100):
    print(i, v, i + v)
best_i = -1
best = -1
for i, v in enumerate([3, 9, 2, 9, 5]):
    if v > best:
        best = v
        best_i = i
print(best_i, best)
for i, row in enumerate([[1, 2], [3, 4]]):
    for j, x in enumerate(row):
        print(f"m[{i}][{j}]={x}", end=" ")
print()
for i, f in enumerate(fruits, -1):
    print(i, f[0])
