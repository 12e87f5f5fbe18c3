# Augmented assignment to a slice: xs[a:b] += ys replaces the slice with the concatenation.
nums = [1, 2, 3, 4]
nums[1:3] += [9]
print(nums)
nums[:0] += [0]
nums[::2] *= 1
print(nums)
