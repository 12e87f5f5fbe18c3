# Re-raising with `raise ... from e` and inspecting __cause__ across calls.
class ParseError(Exception):
    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(f"line {line}: {message}")


def parse_number(text: str, line: int) -> float:
    try:
        return float(text)
    except ValueError as e:
        raise ParseError(line, "not a number") from e


def total(lines: list[str]) -> float:
    result = 0.0
    for i, text in enumerate(lines, start=1):
        result += parse_number(text, i)
    return result


print(total(["1.5", "2", "-0.5"]))
try:
    print(total(["3", "4.25", "abc", "9"]))
except ParseError as err:
    print(err, "| line", err.line)
    cause = err.__cause__
    print(type(cause).__name__, cause)
    print(err.__suppress_context__)
