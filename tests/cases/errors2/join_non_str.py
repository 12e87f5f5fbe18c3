# str.join of a list containing an int raises TypeError.
print(", ".join(["a", "b"]))
parts = ["x", 2, "y"]
print([type(p).__name__ for p in parts])
print(", ".join([str(p) for p in parts]))
print("".join(map(str, parts)))
print(len(parts))
print("-".join([p for p in parts if isinstance(p, str)]))
print(sum([p for p in parts if isinstance(p, int)]))
print(", ".join(parts))
