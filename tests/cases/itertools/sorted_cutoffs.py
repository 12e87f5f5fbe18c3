# itertools.takewhile/dropwhile and zip_longest on a sorted inventory.
from itertools import dropwhile, takewhile, zip_longest

stock = [("bolt", 2), ("nut", 4), ("screw", 7), ("washer", 11), ("rivet", 15)]
low = list(takewhile(lambda item: item[1] < 5, stock))
rest = list(dropwhile(lambda item: item[1] < 5, stock))
print(low)
print(rest)
print([name for name, _ in takewhile(lambda item: item[1] < 100, stock)])
print(list(dropwhile(lambda item: True, stock)))

lines = ["# header", "# author", "data 1", "# not header", "data 2"]
body = list(dropwhile(lambda s: s.startswith("#"), lines))
print(body)

left = ["a", "b", "c", "d"]
right = ["x", "y"]
for l, r in zip_longest(left, right, fillvalue="-"):
    print(l + r, end=" ")
print()
print(list(takewhile(lambda n: n * n < 30, range(100))))
