# dict.update() and dict() accept an iterable of key/value pairs.
d = {"a": 1}
d.update([("d", 4), ("a", 10)])
d.update(zip(["x", "y"], [7, 8]))
print(d)
