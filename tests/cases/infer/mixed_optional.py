# Annotated Optional-returning lookup used by unannotated callers that check for None.
from typing import Optional


def lookup(table: dict[str, int], key: str) -> Optional[int]:
    if key in table:
        return table[key]
    return None


def total_for(table, keys):
    total = 0
    missing = []
    for k in keys:
        v = lookup(table, k)
        if v is None:
            missing.append(k)
        else:
            total += v
    return total, missing


def describe(table, key):
    v = lookup(table, key)
    return key + "=" + ("?" if v is None else str(v))


prices = {"apple": 3, "pear": 5, "fig": 7}
print(total_for(prices, ["apple", "fig"]))
print(total_for(prices, ["kiwi", "pear", "lime"]))
print(total_for(prices, []))
for k in ["apple", "kiwi", "fig"]:
    print(describe(prices, k))
print(lookup(prices, "pear"), lookup(prices, "plum"))
