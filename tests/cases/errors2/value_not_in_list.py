# list.index of a missing str raises ValueError with the repr of the value.
names = ["ann", "bob", "it is"]
print(names.index("bob"), names.index("it is"))
for n in ["ann", "cy"]:
    print(n, n in names)
names.append("don't")
print(names, names.index("don't"))
print(names.count("ann"), sorted(names))
print(names.index("ann", 0, 1))
print(names.index("it's"))
