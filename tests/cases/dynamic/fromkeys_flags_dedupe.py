# dict.fromkeys with bool and None values: flags and order-keeping dedupe.
flags = dict.fromkeys(["a", "b", "c"], False)
flags["b"] = True
print(flags, sum(flags.values()))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
print(dict.fromkeys("aab"), dict.fromkeys([1, 1.0, 2.5, "s"]))
words = "the cat and the hat and the bat".split()
print(" ".join(dict.fromkeys(words)))
