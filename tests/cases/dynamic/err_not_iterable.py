# Iterating over an int held where a list was expected raises TypeError.
data = {"a": [1, 2], "b": 3}
for key in data:
    print(key)
    for x in data[key]:
        print(" ", x)
