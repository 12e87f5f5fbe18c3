# except LookupError catches both IndexError and KeyError.
def fetch(table: dict[str, list[int]], key: str, index: int) -> int:
    return table[key][index]


table = {"x": [10, 20, 30], "y": []}
requests = [("x", 1), ("x", 5), ("z", 0), ("y", 0), ("x", -1), ("x", -4)]
misses = 0
for key, index in requests:
    try:
        print(key, index, "=", fetch(table, key, index))
    except LookupError as e:
        misses += 1
        print(key, index, "miss:", type(e).__name__, e)
        print("  is IndexError:", isinstance(e, IndexError), "is KeyError:", isinstance(e, KeyError))
print("misses", misses)
