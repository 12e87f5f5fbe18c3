# Cartesian products of lists of strs: a deck of cards and coordinate labels.
ranks = ["A", "K", "Q", "J", "10"]
suits = ["♠", "♥", "♦", "♣"]
deck = [r + s for s in suits for r in ranks]
print(len(deck), deck[:6], deck[-3:])
hearts = [c for c in deck if c.endswith("♥")]
print(hearts)
labels = [col + str(row) for row in range(1, 4) for col in "abc"]
print(labels)
pairs = [(a, b) for a in ["x", "y", "z"] for b in ["x", "y", "z"] if a < b]
print(pairs)
