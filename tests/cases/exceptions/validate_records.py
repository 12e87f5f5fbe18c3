# Validation functions raising ValueError/KeyError/TypeError, with str, repr and args printed.
def require(record: dict[str, str], key: str) -> str:
    if key not in record:
        raise KeyError(key)
    return record[key]


def parse_age(text: str) -> int:
    if not text.isdigit():
        raise ValueError("age must be digits", text)
    age = int(text)
    if age > 150:
        raise ValueError(f"age {age} out of range")
    return age


def validate(record: dict[str, str]) -> str:
    name = require(record, "name")
    age = parse_age(require(record, "age"))
    return f"{name} ({age})"


people = [{"name": "Ida", "age": "34"}, {"name": "Jo"}, {"name": "Max", "age": "x1"},
          {"name": "Old", "age": "200"}, {"age": "5"}]
for person in people:
    try:
        print("valid:", validate(person))
    except (KeyError, ValueError) as err:
        print(type(err).__name__, "|", str(err), "|", repr(err), "|", err.args, len(err.args))
