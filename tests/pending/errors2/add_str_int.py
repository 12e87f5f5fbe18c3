# Adding a str and an int from a mixed list raises TypeError with a different message.
def concat(parts: list) -> str:
    text = ""
    for p in parts:
        text = text + p
        print(repr(text))
    return text


print(concat(["a", "b"]))
print(concat(["n", "=", 5]))
