# dict methods and constructors beyond the basics.
d = dict(a=1, b=2)
print(d, dict.fromkeys(["x", "y"], 0), dict.fromkeys("ab"))
print(d.get("z"), d.popitem(), d)
d |= {"c": 3}
print(d, d | {"a": 10}, {"a": 10} | d)
print(dict([("k", "v")], extra=True))
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print(list(reversed({"x": 1, "y": 2}.keys())))
