# index() finds the first match, count() counts all, remove() drops the first.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.index(1), xs.index(5), xs.index(3), xs.count(5), xs.count(7), xs.count(3))
xs.remove(5)
print(xs)
xs.remove(5)
xs.remove(3)
print(xs, xs.count(5))
words = ["a", "b", "a", "c", "a"]
while "a" in words:
    words.remove("a")
print(words)
nested = [[1], [2], [1]]
print(nested.index([1]), nested.count([1]), nested.index([2]))
nested.remove([1])
print(nested)
fs = [0.5, 1.0, 0.5]
print(fs.index(1.0), fs.count(0.5))
print([True, False, True].count(True), ["x"].index("x"))
