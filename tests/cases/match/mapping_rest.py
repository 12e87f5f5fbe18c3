# Mapping patterns with **rest capture the remaining key/value pairs.
def split_id(record: dict[str, int]) -> str:
    match record:
        case {"id": ident, **rest}:
            return f"id={ident} others={sorted(rest.items())}"
        case _:
            return "no id"


print(split_id({"id": 1, "a": 2, "b": 3}))
print(split_id({"id": 7}))
print(split_id({"x": 1}))
scores = {"alice": 90, "bob": 75, "carol": 82}
match scores:
    case {"alice": a, "bob": b, **others}:
        print(a + b, others)
match {"cmd": "go", "dir": "north", "speed": "fast"}:
    case {"cmd": "go", **params}:
        for k in sorted(params):
            print(k, params[k])
