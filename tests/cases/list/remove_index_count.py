# remove, index and count on lists of ints and strs.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(xs.count(5), xs.count(1), xs.count(7))
print(xs.index(5), xs.index(1), xs.index(3))
xs.remove(1)
print(xs)
xs.remove(5)
print(xs, xs.count(5))
print(xs.index(5))
words = ["the", "cat", "and", "the", "hat"]
print(words.count("the"), words.index("hat"))
words.remove("the")
print(words)
print("the" in words, "dog" in words, "dog" not in words)
while 5 in xs:
    xs.remove(5)
print(xs)
flags = [True, False, True, True]
print(flags.count(True), flags.index(False))
fl = [1.5, 2.5, 1.5]
print(fl.count(1.5), fl.index(2.5))
nested = [[1], [2, 3], [1]]
print(nested.count([1]), nested.index([2, 3]))
nested.remove([1])
print(nested)
