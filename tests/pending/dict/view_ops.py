# dict views support len, in, and set operations with sets.
d = {"a": 1, "b": 2}
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("a", 1) in d.items(), len(d.items()))
print(d.keys() == {"a", "b"}, d.keys() & {"a"}, d.keys() - {"a"}, d.keys() | {"c"} == {"a", "b", "c"})
print(d.items() == {("a", 1), ("b", 2)})
