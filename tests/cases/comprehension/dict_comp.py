# Dict comprehensions over range, lists, strs and items().
squares = {i: i * i for i in range(6)}
print(squares)
words = ["apple", "fig", "banana", "kiwi"]
lengths = {w: len(w) for w in words}
print(lengths)
long_ones = {w: n for w, n in lengths.items() if n > 3}
print(long_ones)
inverted = {n: w for w, n in lengths.items()}
print(inverted)
first_letters = {w[0]: w for w in words}
print(first_letters)
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts)
scaled = {k: v * 1.5 for k, v in squares.items() if k % 2 == 0}
print(scaled)
upper = {w.upper(): n for w, n in lengths.items()}
print(upper)
parity = {i: i % 2 == 0 for i in range(4)}
print(parity)
grid = {(i, j): i * 3 + j for i in range(2) for j in range(3)}
print(grid)
empty = {i: i for i in range(0)}
print(empty, len(empty))
