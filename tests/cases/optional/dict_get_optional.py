# dict.get without a default returns an Optional that must be checked.
stock: dict[str, int] = {"apple": 5, "pear": 0, "plum": 12}


def describe(item: str) -> str:
    qty = stock.get(item)
    if qty is None:
        return item + ": not stocked"
    if qty == 0:
        return item + ": sold out"
    return item + ": " + str(qty) + " left"


for item in ["apple", "pear", "kiwi", "plum"]:
    print(describe(item))
print(stock.get("kiwi"), stock.get("apple"))
print(stock.get("kiwi", -1))
aliases: dict[str, str] = {"nyc": "New York", "la": "Los Angeles"}
for code in ["la", "sf", "nyc"]:
    city = aliases.get(code)
    print(code, city if city is not None else "?", city is None)
missing = stock.get("mango")
total = 0
if missing is not None:
    total += missing
print(total)
