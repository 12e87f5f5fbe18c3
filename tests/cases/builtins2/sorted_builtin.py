# sorted() returns a new list and leaves its argument alone.
xs = [5, 3, 8, 1]
ys = sorted(xs)
print(xs, ys)
print(sorted(xs, reverse=True), sorted(xs, key=str))
print(sorted([10, 9, 100, 1], key=str))
words = ["b", "C", "a", "B"]
print(sorted(words), sorted(words, key=len))
print(sorted(["ccc", "a", "bb", "dd"], key=len), sorted(["ccc", "a", "bb", "dd"], key=len, reverse=True))
print(sorted(list("hello")), sorted(list("hello"), reverse=True))
d = {"x": 3, "a": 1, "m": 2}
print(sorted(list(d.keys())), sorted(list(d.values())), sorted(list(d.items())))
empty: list[int] = []
print(sorted(empty))
print(sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([-1.5, 2.0, 0.0, -0.0]))
