# Reading a missing key raises KeyError with the key's repr.
stock = {"apple": 3, "pear": 5}
print(stock["apple"], stock["pear"])
del stock["apple"]
print(stock)
print(stock["apple"])
