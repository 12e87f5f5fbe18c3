# index() of a missing value raises ValueError naming the value.
words = ["red", "green", "blue"]
print(words.index("blue"), words.index("red"))
nums = [5, 6, 7, 6]
print(nums.index(7), nums.index(6))
positions: list[int] = []
for target in [7, 5, 6]:
    positions.append(nums.index(target))
print(positions)
nums.remove(6)
print(nums, nums.index(6))
nums.remove(6)
print(nums, 6 in nums)
print(nums.index(6))
