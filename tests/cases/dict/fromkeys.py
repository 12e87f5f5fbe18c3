# dict.fromkeys builds a dict from keys with one shared value.
d = dict.fromkeys(["a", "b", "c"], 0)
print(d)
d["a"] += 5
print(d)
e = dict.fromkeys("hello", 1)
print(e, len(e))
f = dict.fromkeys(range(4), "x")
print(f)
g = dict.fromkeys(["dup", "dup", "z"], 1.5)
print(g)
shared = dict.fromkeys(["p", "q"], [0])
shared["p"].append(1)
print(shared)
counts = dict.fromkeys(sorted({"b", "a"}), 0)
for ch in "abba":
    counts[ch] += 1
print(counts)
