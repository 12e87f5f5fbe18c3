# Dict comprehensions: from ranges, zips, with filters, inverting and nesting.
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in squares.items()}
print(inverted)
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print({n: a for n, a in zip(names, ages)})
print({n: len(n) for n in names if len(n) > 2})
first = {w[0]: w for w in ["apple", "avocado", "berry"]}
print(first)
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 3)}
print(table)
print({c: "abcabc".count(c) for c in "abcabc"})
print({(i, j): i + j for i in range(2) for j in range(2)})
print(dict([(str(i), i) for i in range(3)]), dict(zip("xyz", [1, 2, 3])))
