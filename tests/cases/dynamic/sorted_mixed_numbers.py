# Sorting and comparing ints, floats and bools together.
nums = [3, 1.5, True, -2, 0.0, False, 2]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(sorted([3, 1.5, True]))
nums.sort()
print(nums)
print(nums[4] < nums[5], nums[6] == 2.0, nums[3] == 1, nums[1] < 0.5, nums[6] > nums[3])
data = [(2, "b"), (1.5, "a"), (True, "c"), (2.0, "a")]
print(sorted(data))
def magnitude(v: object) -> object:
    return abs(v)
print(sorted([10, 2.5, 7], key=magnitude))
print(sorted([-3, 2.5, -1.0, True], key=magnitude))
vals = [0.1, 1, 0]
vals.sort(reverse=True)
print(vals)
print(sorted([2, 2.0, True, 1.0, 1]))
