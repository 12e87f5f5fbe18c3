# Taking a header row with next() and iterating over the rest.
lines = ["name,qty,price", "apple,3,0.5", "pear,10,0.25", "fig,1,2.0"]
it = iter(lines)
header = next(it).split(",")
print(header)
total = 0.0
for line in it:
    fields = line.split(",")
    row = dict(zip(header, fields))
    cost = int(row["qty"]) * float(row["price"])
    total += cost
    print(row["name"], cost)
print(total)
print(next(it, "no more"))
nums = iter(range(5))
first = next(nums)
second = next(nums)
print(first, second, list(nums), next(nums, -1))
chars = iter("ab")
print(next(chars), next(chars), next(chars, None))
