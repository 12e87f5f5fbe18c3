# dict.fromkeys of an empty list (rejected with "unhashable type: '?N'").
d = dict.fromkeys([])
print(d, len(d))
print(dict.fromkeys([]))
