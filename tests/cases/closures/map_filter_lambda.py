# map and filter with lambdas, including two-iterable map and chaining.
nums = list(range(1, 11))
print(list(map(lambda n: n * n, nums)))
print(list(filter(lambda n: n % 3 == 0, nums)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [10, 20, 30, 40])))
evens_squared = list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))
print(evens_squared)
print(sum(map(lambda n: n * 2, nums)))
words = ["alpha", "", "beta", "", "gamma"]
print(list(filter(lambda w: len(w) > 0, words)))
print(list(map(lambda w: w.upper(), filter(lambda w: "a" in w, words))))
threshold = 5
big = filter(lambda n: n > threshold, nums)
threshold = 8
print("late threshold:", list(big))
print(list(map(lambda s: int(s) + 1, "1 2 3".split())))
