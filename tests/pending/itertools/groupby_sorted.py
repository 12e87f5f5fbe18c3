# itertools.groupby over sorted data, printing each key and list(group).
import itertools

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for key, group in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(key, list(group))
nums = [1, 1, 2, 3, 3, 3, 1]
for key, group in itertools.groupby(nums):
    print(key, list(group))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabbcaa")])
by_len = sorted(words, key=len)
print({k: list(g) for k, g in itertools.groupby(by_len, key=len)})
