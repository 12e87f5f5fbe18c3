def lookup(d, key, fallback=None):
    if fallback is None:
        fallback = d.get(key)
    return fallback + 1


print(lookup({"a": 1}, "a"))
