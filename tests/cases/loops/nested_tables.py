# Nested loops producing a multiplication table and triangles.
for i in range(1, 10):
    row = ""
    for j in range(1, 10):
        row += f"{i * j:4}"
    print(row)
print()
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
for i in range(4, 0, -1):
    print(" " * (5 - i) + "*" * (2 * i - 1))
n = 5
for r in range(n):
    line = ""
    value = 1
    for c in range(r + 1):
        line += str(value) + " "
        value = value * (r - c) // (c + 1)
    print(" " * (n - r) + line)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a < b < c:
                count += 1
print("increasing triples:", count)
