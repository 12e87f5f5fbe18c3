# A try/except catches a ValueError from int() and execution continues after the handler.
def parse_or_default(text: str, default: int) -> int:
    try:
        value = int(text)
        print("parsed", value)
        return value
    except ValueError:
        print("bad input", repr(text))
        return default


print(parse_or_default("42", 0))
print(parse_or_default("-7", 0))
print(parse_or_default("4x2", -1))
print(parse_or_default("", 99))
print(parse_or_default("  13  ", 0))
print("done")
