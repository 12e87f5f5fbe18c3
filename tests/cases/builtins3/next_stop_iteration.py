# next() on an exhausted iterator without a default raises StopIteration.
it = iter([10, 20, 30])
print(next(it))
rest = list(it)
print(rest, next(it, "empty"))
words = iter("one two".split())
for w in words:
    print("word", w)
print(next(words, None))
it2 = iter([7])
print(next(it2))
print(next(it2))
