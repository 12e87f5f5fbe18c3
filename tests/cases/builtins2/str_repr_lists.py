# str() and repr() of containers are the same text: the repr of each element.
xs = [1, 2, 3]
words = ["a", "b'c", 'd"e', "f\\g", "\t"]
print(str(xs), repr(xs))
print(str(words))
print(repr(words))
print(str(words) == repr(words))
print(len(str(xs)), str(xs)[0], str(xs)[-1])
d = {"k": [1.5, 2.0]}
print(str(d), repr(d))
t = (1, "x")
print(str(t) + "!", repr(t) + "?")
print(str([[1], [2, 3]]), repr([[0.5], [-1.0]]))
s = str([0.1, 1e-7, 1e16, float("inf")])
print(s, len(s))
print(repr(["日本", "😀", "\u00e9", "\x7f"]))
