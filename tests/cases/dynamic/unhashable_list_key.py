# BUG: a list (or dict) used as a key of a dict or set holding mixed types is
# accepted instead of raising TypeError: unhashable type: 'list'.
groups = {}
keys = [(1, 2), "a", 3, [4, 5]]
for k in keys:
    groups[k] = len(groups)
    print(groups)
print("not reached")
