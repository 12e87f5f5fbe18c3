# dict.fromkeys as a starting point for counters and flags.
letters = "hello world"
counts = dict.fromkeys("abcdefghijklmnopqrstuvwxyz", 0)
for ch in letters:
    if ch in counts:
        counts[ch] += 1
print({k: v for k, v in counts.items() if v})
flags = dict.fromkeys(["a", "b", "c"], False)
print(flags)
flags["b"] = True
print(flags, sum(flags.values()))
uniq = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(uniq)
print(dict.fromkeys(range(3), "x"), dict.fromkeys("aab"))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared, shared["p"] is shared["q"])
print(dict.fromkeys([1, 1.0, 2.5, "s"], None))
