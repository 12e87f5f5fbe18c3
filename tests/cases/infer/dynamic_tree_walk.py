# A nested structure of dicts, lists, tuples, ints, strs and None walked recursively.
doc = {
    "id": 7,
    "tags": ["a", "b", None],
    "meta": {"size": 2.5, "owner": {"name": "ann", "age": 31}},
    "rows": [[1, 2], [3, [4, 5]], ()],
    "pair": (8, "z"),
}


def total(v):
    if isinstance(v, bool):
        return 0
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, dict):
        return sum(total(x) for x in v.values())
    if isinstance(v, (list, tuple)):
        return sum(total(x) for x in v)
    return 0


def strings(v, out):
    if isinstance(v, str):
        out.append(v)
    elif isinstance(v, dict):
        for k in v:
            out.append(k)
            strings(v[k], out)
    elif isinstance(v, (list, tuple)):
        for x in v:
            strings(x, out)
    return out


def depth(v):
    if isinstance(v, dict):
        return 1 + max([depth(x) for x in v.values()], default=0)
    if isinstance(v, (list, tuple)):
        return 1 + max([depth(x) for x in v], default=0)
    return 0


print(total(doc), depth(doc))
print(strings(doc, []))
print(total(doc["rows"]), depth(doc["rows"]), depth(5), total("x"))
