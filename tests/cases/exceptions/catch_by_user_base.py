# Catching by a user base class handles every subclass; the concrete type is still visible.
class ParseError(Exception):
    def __init__(self, line: int, msg: str) -> None:
        super().__init__(f"line {line}: {msg}")
        self.line = line


class UnexpectedToken(ParseError):
    pass


class UnexpectedEnd(ParseError):
    pass


def check_line(n: int, text: str) -> None:
    if text == "":
        raise UnexpectedEnd(n, "empty line")
    if not text[0].isalpha():
        raise UnexpectedToken(n, f"bad start {text[0]!r}")


lines = ["alpha", "9lives", "", "beta", "-x"]
bad: list[int] = []
for i, text in enumerate(lines, start=1):
    try:
        check_line(i, text)
        print("ok", text)
    except ParseError as e:
        bad.append(e.line)
        print(type(e).__name__, "-", e)
print("bad lines", bad)
