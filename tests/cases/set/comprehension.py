# Set comprehensions drop duplicates.
words = ["Apple", "apple", "APPLE", "banana", "Banana", "cherry"]
lower = {w.lower() for w in words}
print(sorted(lower), len(lower))
squares_mod = {i * i % 10 for i in range(20)}
print(squares_mod)
lengths = {len(w) for w in words}
print(lengths)
letters = {c for c in "mississippi"}
print(sorted(letters))
pairs = {(i % 3, i % 2) for i in range(12)}
print(sorted(pairs))
evens = {n for n in range(30) if n % 2 == 0 and n % 3 == 0}
print(evens)
