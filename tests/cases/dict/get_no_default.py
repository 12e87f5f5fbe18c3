# dict.get(key) without a default returns None when the key is missing.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b") is None)
