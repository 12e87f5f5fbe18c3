# index() of a missing value raises ValueError naming the value.
words = ["red", "green", "blue"]
print(words.index("blue"))
nums = [5, 6, 7]
print(nums.index(7))
print(nums.index(8))
