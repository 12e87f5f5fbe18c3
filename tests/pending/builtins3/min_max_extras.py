# min/max with several arguments, key functions and defaults.
print(max(3, 9, 2), min("b", "a", "c"), max([1, 2], [1, 3]), min((2, "b"), (2, "a")))
print(max([], default=0), min([], default="none"), max([5], default=0))
print(max(["aa", "b", "ccc"], key=len), min("xyz", "ab", key=len), max(-3, 2, key=abs))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()), max("hello"))
print(max([3, -5, 2], key=abs), sorted(["b", "A", "c"], key=str.lower))
print(max(1, 2.5, True), min(0, -0.0), min(-0.0, 0))
scores = {"ann": 7, "bob": 9, "cy": 9}
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(max(range(10), default=-1), max([], default=None), min(range(3, 9, 2)))
print(min(iter([4, 2, 8])), max(map(len, ["a", "abc", "ab"])))
