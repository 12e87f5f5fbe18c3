# sorted() of any iterable returns a new list; key= and reverse= combine.
print(sorted("hello"), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))
d = {"b": 2, "a": 3, "c": 1}
print(sorted(d.items()), sorted(d.values()))
print(sorted(d.items(), key=str), sorted([(v, k) for k, v in d.items()]))
words = ["Banana", "apple", "Cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
xs = [5, 2, 8]
ys = sorted(xs)
print(xs, ys, ys is xs)
print(sorted([2.5, -1.0, 0.0]), sorted([[2], [1, 5], [1]]), sorted([True, False]))
print(sorted(x % 4 for x in range(9)), sorted("bca", reverse=True))
