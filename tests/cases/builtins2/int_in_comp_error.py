# int() on a bad token inside a comprehension raises ValueError.
lines = ["1 2 3", "10 20", "7"]
totals = [sum([int(t) for t in line.split()]) for line in lines]
print(totals, sum(totals))
for line in lines:
    nums = [int(t) for t in line.split()]
    print(nums, max(nums))
line2 = "4 five 6"
print(line2.split())
print([int(t) for t in line2.split()])
