# Insertion order is kept; deleting and re-inserting moves a key to the end.
d = {"one": 1, "two": 2, "three": 3}
d["four"] = 4
print(list(d.keys()))
del d["two"]
print(d)
d["two"] = 22
print(d)
d["one"] = 11
print(d)
d.pop("three")
d["three"] = 33
print(list(d.items()))
nums: dict[int, str] = {}
for i in [5, 3, 9, 1]:
    nums[i] = str(i) * i
print(nums)
del nums[3]
nums[3] = "again"
nums[0] = "zero"
print(list(nums.keys()), list(nums.values()))
for k in nums:
    print(k, end=" ")
print()
