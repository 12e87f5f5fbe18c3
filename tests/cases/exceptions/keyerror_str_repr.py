# str() of a KeyError is the repr of the key, unlike other exceptions.
print(str(KeyError("k")))
print(repr(KeyError("k")))
print(str(KeyError(3)))
print(str(ValueError("k")))
print(str(KeyError()))
print(str(KeyError("a", "b")))

ages = {"ann": 30}
for name in ["ann", "bob", "it's"]:
    try:
        print(name, ages[name])
    except KeyError as e:
        print("missing:", e)
        print("  str:", str(e), "args[0]:", e.args[0])
        print(f"  fstring: {e}")

counts = {1: "one"}
try:
    print(counts[2])
except KeyError as e:
    print("int key:", e, repr(e))
