# Printing lists, tuples and dicts whose items have different types.
row = [1, "two", 3.0, True, None]
print(row)
print(len(row), row[1], row[-1])
nested = [1, [2, "b", [3.5, "c"]], ("t", 4)]
print(nested)
print(nested[1][2][1], nested[2][0])
record = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "score": 9.5}
print(record)
print(record["langs"], record["age"] + 1)
pairs = [("a", 1), ("b", 2.5), (3, "c")]
print(pairs)
for p in pairs:
    print(p, repr(p[0]), repr(p[1]))
print(str(row), repr(nested))
print([None, [], {}, "", 0, 0.0, False])
print({1: "one", "two": 2, 3.5: [3, 5], (1, 2): None})
