# Set comprehensions with conditions, nested loops and deduplication.
words = ["apple", "Avocado", "banana", "Blueberry", "cherry", "apple"]
print(sorted({w.lower()[0] for w in words}))
print(sorted({len(w) for w in words if "e" in w}))
print({n % 5 for n in range(20) if n % 2 == 0})
print(sorted({(a, b) for a in range(3) for b in range(a, 3)}))
print(sorted({c for w in words for c in w if c in "aeiou"}))
print(len({w for w in words}), len(words))
evens = {n for n in range(10) if n % 2 == 0}
odds = {n for n in range(10) if n % 2 == 1}
print(evens | odds == set(range(10)), evens & odds, sorted(evens ^ odds))
