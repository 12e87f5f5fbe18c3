# Augmented assignment on list items, dict values, nested subscripts and slices.
xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 5
xs[1] -= 7
xs[1] **= 2
print(xs)
d = {"a": 1, "b": 2}
d["a"] += 100
d["b"] //= 2
d["c"] = 0
d["c"] -= 1
print(d)
grid = [[0] * 3 for _ in range(2)]
for r in range(2):
    for c in range(3):
        grid[r][c] += r * 3 + c
grid[1][2] %= 4
print(grid)
words = {"k": ["a"]}
words["k"] += ["b"]
words["k"][0] += "x"
print(words)
s = ["ab", "cd"]
s[0] *= 2
s[1] += "!"
print(s)
counts: dict[str, int] = {}
for ch in "hello":
    counts[ch] = counts.get(ch, 0)
    counts[ch] += 1
print(counts)
bits = [5, 6]
bits[0] |= 2
bits[1] &= 3
bits[0] <<= 2
bits[1] ^= 7
print(bits)
