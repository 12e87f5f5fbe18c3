# Reading a missing key raises KeyError with the key's repr.
stock = {"apple": 3, "pear": 5}
print(stock["apple"], stock["pear"])
orders = ["pear", "apple", "pear"]
for item in orders:
    stock[item] -= 1
    print(item, stock[item])
del stock["apple"]
print(stock, "apple" in stock)
print(stock.get("apple", 0))
print(stock["apple"])
