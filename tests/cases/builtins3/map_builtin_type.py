# map() with int or float as the function (rustc: cannot find function `int`).
print(list(map(int, ["7", "-8"])), list(map(float, ["1.5", "2"])))
nums = list(map(int, "1 2 3".split()))
print(nums, sum(map(int, ["4", "5"])))
