# BUG: adding a dict to a set of mixed types does not raise
# TypeError: unhashable type: 'dict'.
s = {1, "a"}
print(len(s))
s.add({})
print(s)
