# dict.fromkeys as a starting point for counters and groups.
letters = "hello world"
counts = dict.fromkeys("abcdefghijklmnopqrstuvwxyz", 0)
for ch in letters:
    if ch in counts:
        counts[ch] += 1
print({k: v for k, v in counts.items() if v})
scores = dict.fromkeys(["a", "b", "c"], 0.0)
scores["b"] = 2.5
print(scores, sum(scores.values()))
print(dict.fromkeys(range(3), "x"), dict.fromkeys("aab", 1))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared, shared["p"] is shared["q"])
groups = dict.fromkeys([1, 2.5, "s"], 0)
for k in [1, "s", 1.0, True]:
    groups[k] += 1
print(groups)
