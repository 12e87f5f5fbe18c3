# min/max with key= and with several positional arguments, over lists, strs and dicts.
xs = [3, -7, 5, -1]
print(min(xs), max(xs), min(xs, key=abs), max(xs, key=abs))
print(min(3, 1, 2), max(3, 1, 2), max("a", "b", key=str.upper), min(2.5, 1.5, 3.5))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([(1, "b"), (3, "a"), (3, "c")]), max([-3, 3], key=abs), min([-3, 3], key=abs))
print(min("hello"), max("hello"), max(range(5), key=abs), min(range(1, 4)))
print(max({"a": 3, "b": 1}), min({"a": 3, "b": 1}.values()), max([[1, 2], [1, 3]]))
print(max(2 ** 70, 2 ** 69, -(2 ** 80)), min(0.5, -0.0, 0.0), max(-0.0, 0.0))
print(max(["b", "B", "a"], key=str.lower), min(["b", "B", "a"], key=str.lower))
