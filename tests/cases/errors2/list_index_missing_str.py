# list.index of a missing str raises ValueError with its repr.
names = ["ann", "bob"]
print(names.index("bob"))
print(names.index("it's"))
