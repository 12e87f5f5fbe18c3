# get() with a default never raises and does not insert the key.
stock = {"apple": 3, "pear": 0}
print(stock.get("apple", -1), stock.get("pear", -1), stock.get("plum", -1))
print(len(stock), "plum" in stock)
letters: dict[str, int] = {}
for ch in "mississippi":
    letters[ch] = letters.get(ch, 0) + 1
print(letters)
names = {1: "one", 2: "two"}
for k in range(4):
    print(k, names.get(k, "?"))
scale = {"x": 1.5}
print(scale.get("x", 0.0) * 2, scale.get("y", 0.0) * 2)
nested = {"a": [1, 2]}
print(nested.get("a", [0]), nested.get("b", [9]))
