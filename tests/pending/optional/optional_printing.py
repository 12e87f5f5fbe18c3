# Printing Optional values: None renders as "None" in print, str, f-strings and containers.
def middle_name(full: str) -> str | None:
    parts = full.split()
    if len(parts) == 3:
        return parts[1]
    return None


for full in ["John Ronald Tolkien", "Ada Lovelace", "Mary Ann Evans"]:
    m = middle_name(full)
    print(full, "->", m)
    print(f"middle={m} is_none={m is None}")
print(str(middle_name("A B")), repr(middle_name("A B C")))
maybes: dict[str, int | None] = {"a": 1, "b": None}
print(maybes)
print(maybes["b"], maybes["a"])
pairs: list[tuple[str, int | None]] = [("x", None), ("y", 2)]
print(pairs)
for key, val in pairs:
    text = "missing" if val is None else str(val * 3)
    print(key, text)
print(None == None, None is None, None != 0)
