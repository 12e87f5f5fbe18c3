# A range object stored in a mixed list or a variable.
values = ["hello", [1, 2], range(3)]
for v in values:
    print(len(v), list(v))
r = range(2, 10, 3)
print(r, list(r), len(r))
