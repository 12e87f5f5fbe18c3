# A JSON-like nested structure of dicts/lists/strs/ints walked by recursive unannotated functions.
doc = {
    "name": "molt",
    "version": 3,
    "tags": ["compiler", "python", "rust"],
    "deps": [{"name": "serde", "ver": 1}, {"name": "regex", "ver": 2}],
    "meta": {"stars": 120, "active": True, "owner": None, "ratio": 0.75},
}


def count_leaves(v):
    if isinstance(v, dict):
        return sum(count_leaves(x) for x in v.values())
    if isinstance(v, list):
        return sum(count_leaves(x) for x in v)
    return 1


def sum_ints(v):
    if isinstance(v, bool):
        return 0
    if isinstance(v, int):
        return v
    if isinstance(v, dict):
        return sum(sum_ints(x) for x in v.values())
    if isinstance(v, list):
        return sum(sum_ints(x) for x in v)
    return 0


def dump(v, indent):
    pad = "  " * indent
    if isinstance(v, dict):
        for k in sorted(v):
            print(pad + k + ":")
            dump(v[k], indent + 1)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            print(pad + "-", i)
            dump(x, indent + 1)
    else:
        print(pad + repr(v))


print(count_leaves(doc), sum_ints(doc))
dump(doc, 0)
