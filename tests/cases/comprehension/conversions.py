# int() and str() conversions inside comprehensions: parsing and formatting.
line = "12, 7, -3, 40, 0"
nums = [int(p) for p in line.split(",")]
print(nums, sum(nums))
print(",".join([str(n) for n in sorted(nums)]))
print([int(p.strip()) * 2 for p in line.split(",") if p.strip() != "0"])
print([float(p) for p in "1.5 2 -0.25 1e3".split()])
print([str(f) for f in [0.1, 1e20, 1.0 / 3.0]])
grid_text = "1 2 3\n4 5 6\n7 8 9"
grid = [[int(t) for t in line.split()] for line in grid_text.splitlines()]
print(grid)
print([sum(row) for row in grid])
binary = [bin_digit for bin_digit in "101101"]
value = 0
for bd in binary:
    value = value * 2 + int(bd)
print(binary, value)
print([str(n).zfill(3) for n in [7, 42, 123]])
print([len(str(2 ** k)) for k in range(0, 100, 10)])
