# A bare raise inside an except block re-raises the same exception to the outer handler.
attempts: list[str] = []


def process(item: str) -> int:
    try:
        return int(item)
    except ValueError:
        attempts.append("logged " + item)
        raise


def process_all(items: list[str]) -> int:
    total = 0
    for item in items:
        total += process(item)
    return total


try:
    print(process_all(["1", "2", "three", "4"]))
except ValueError as e:
    print("outer caught:", e)
print(attempts)
print(process_all(["5", "6"]))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        print("first handler", repr(e))
        raise
except LookupError as e2:
    print("second handler", repr(e2), type(e2).__name__)
