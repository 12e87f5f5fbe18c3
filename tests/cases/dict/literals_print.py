# Printing dict literals with various key and value types.
ages = {"ann": 31, "bob": 27}
print(ages)
squares = {1: 1, 2: 4, 3: 9}
print(squares)
prices = {"tea": 2.5, "cake": 3.0, "water": 0.1 + 0.2}
print(prices)
flags = {"on": True, "off": False}
print(flags)
names = {1: "one", 2: "two", -3: "minus three"}
print(names)
quotes = {"it's": "don't", 'say "x"': "y"}
print(quotes)
lists = {"evens": [0, 2, 4], "odds": [1, 3]}
print(lists)
empty: dict[str, int] = {}
print(empty, len(empty), len(ages), len(lists))
uni = {"é": 1, "日本": 2, "😀": 3}
print(uni)
print(str(ages), repr(names))
print(f"{squares} / {flags!r}")
dup = {"a": 1, "b": 2, "a": 3}
print(dup, len(dup))
fkeys = {1.5: "x", -0.5: "y"}
print(fkeys)
