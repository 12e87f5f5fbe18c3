# itertools.chain over lists, a string, a range and a generator.
import itertools

print(list(itertools.chain([1, 2], [3], [], [4, 5])))
print(list(itertools.chain("ab", "cd")))
print(list(itertools.chain(range(3), (x * 10 for x in range(3)))))
print(sum(itertools.chain([1, 2, 3], range(4))))
empty: list[int] = []
print(list(itertools.chain(empty, empty)))
words = ["x", "y"]
for w in itertools.chain(words, ["z"]):
    print("item", w)
