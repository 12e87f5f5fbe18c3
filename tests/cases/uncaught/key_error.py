# An uncaught KeyError from a dict lookup shows the key's repr on the last stderr line.
prices = {"apple": 3, "pear": 4}
basket = ["apple", "pear", "mango", "apple"]
total = 0
for item in basket:
    total += prices[item]
    print(item, "subtotal", total)
print("total", total)
