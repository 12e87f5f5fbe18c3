# A text tokenizer class: scans a string into Token objects (number, name, op, string) with positions.
class Token:
    def __init__(self, kind: str, text: str, pos: int):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self) -> str:
        return f"{self.kind}:{self.text!r}@{self.pos}"


class Tokenizer:
    OPS = "+-*/=()<>,"

    def __init__(self, src: str):
        self.src = src
        self.i = 0
        self.errors: list[str] = []

    def peek(self) -> str:
        return self.src[self.i] if self.i < len(self.src) else ""

    def take_while(self, digits: bool) -> str:
        start = self.i
        while self.i < len(self.src):
            c = self.src[self.i]
            ok = (c.isdigit() or c == ".") if digits else (c.isalnum() or c == "_")
            if not ok:
                break
            self.i += 1
        return self.src[start:self.i]

    def tokens(self) -> list[Token]:
        out: list[Token] = []
        while self.i < len(self.src):
            c = self.peek()
            start = self.i
            if c.isspace():
                self.i += 1
            elif c.isdigit():
                out.append(Token("num", self.take_while(True), start))
            elif c.isalpha() or c == "_":
                out.append(Token("name", self.take_while(False), start))
            elif c == '"':
                end = self.src.find('"', self.i + 1)
                if end < 0:
                    self.errors.append(f"unterminated string at {start}")
                    end = len(self.src) - 1
                out.append(Token("str", self.src[self.i + 1:end], start))
                self.i = end + 1
            elif c in Tokenizer.OPS:
                out.append(Token("op", c, start))
                self.i += 1
            else:
                self.errors.append(f"bad char {c!r} at {start}")
                self.i += 1
        return out


t = Tokenizer('x_1 = 3.5 * (y + 42)')
toks = t.tokens()
print(toks)
print([tok.kind for tok in toks])
print(len(toks), t.errors)
t2 = Tokenizer('print("hi there", n) $ ok')
for tok in t2.tokens():
    print(tok.kind.ljust(5), tok.text, tok.pos)
print(t2.errors)
t3 = Tokenizer('say "oops')
print(t3.tokens(), t3.errors)
counts: dict[str, int] = {}
for tok in Tokenizer("a+b*c-d/2>1,f(g)").tokens():
    counts[tok.kind] = counts.get(tok.kind, 0) + 1
print(counts)
