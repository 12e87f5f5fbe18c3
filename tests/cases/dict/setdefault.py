# setdefault() returns the existing value or inserts the default.
d = {"a": 1}
print(d.setdefault("a", 100), d)
print(d.setdefault("b", 2), d)
print(d.setdefault("b", 3), d)
firsts: dict[str, int] = {}
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for i in range(len(words)):
    firsts.setdefault(words[i][0], i)
print(firsts)
groups: dict[str, list[str]] = {"x": ["start"]}
groups.setdefault("x", ["unused"]).append("more")
groups.setdefault("y", ["new"]).append("also")
print(groups)
counts = {"seen": 0}
counts["seen"] = counts.setdefault("seen", 5) + 1
counts["other"] = counts.setdefault("other", 5) + 1
print(counts)
