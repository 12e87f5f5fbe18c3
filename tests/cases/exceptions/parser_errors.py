# A small expression tokenizer/evaluator that raises SyntaxError-like user errors on bad input.
class ParseError(Exception):
    def __init__(self, pos: int, msg: str) -> None:
        super().__init__(f"at {pos}: {msg}")
        self.pos = pos


def tokenize(src: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(src[i:j])
            i = j
        elif c in "+-*":
            tokens.append(c)
            i += 1
        else:
            raise ParseError(i, f"unexpected character {c!r}")
    return tokens


def evaluate(src: str) -> int:
    tokens = tokenize(src)
    if not tokens or len(tokens) % 2 == 0:
        raise ParseError(len(src), "expected a number")
    total = int(tokens[0])
    for k in range(1, len(tokens), 2):
        op, num = tokens[k], tokens[k + 1]
        if op not in "+-*":
            raise ParseError(k, f"expected operator, got {op!r}")
        if not num.isdigit():
            raise ParseError(k, f"expected number after {op!r}, got {num!r}")
        total = total + int(num) if op == "+" else total - int(num) if op == "-" else total * int(num)
    return total


for src in ["1 + 2 * 3", "10 - 4 - 3", "7 / 2", "", "5 +", "1 2 3", "4 * - 5 6", "42"]:
    try:
        print(repr(src), "=", evaluate(src))
    except ParseError as e:
        print(repr(src), "error", e, "pos", e.pos)
