# printing dict views shows dict_keys([...]), dict_values([...]) and dict_items([...]).
d = {"a": 1, "b": 2}
print(d.keys())
print(d.values())
print(d.items())
print(str(d.keys()), repr(d.items()))
