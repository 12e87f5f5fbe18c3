# list.sort(key=...) with lambdas is stable and sorts in place.
records = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[1], reverse=True)
print(records)
records.sort(key=lambda r: r[0])
print(records)

nums = [15, -3, 8, 0, -12, 7]
nums.sort(key=lambda n: abs(n))
print(nums)
nums.sort(key=lambda n: n % 5)
print(nums)
nums.sort(key=lambda n: -n)
print(nums)

names = ["Zoe", "adam", "Bea", "carl"]
names.sort()
print(names)
names.sort(key=lambda s: s.casefold())
print(names)
