# An abstract-style base whose methods raise NotImplementedError; every subclass overrides them.
class Encoder:
    def __init__(self, name: str):
        self.name = name

    def encode(self, text: str) -> str:
        raise NotImplementedError("encode")

    def decode(self, text: str) -> str:
        raise NotImplementedError("decode")

    def roundtrip(self, text: str) -> bool:
        return self.decode(self.encode(text)) == text


class Reverse(Encoder):
    def __init__(self):
        super().__init__("reverse")

    def encode(self, text: str) -> str:
        return text[::-1]

    def decode(self, text: str) -> str:
        return text[::-1]


class Caesar(Encoder):
    def __init__(self, shift: int):
        super().__init__(f"caesar{shift}")
        self.shift = shift

    def rot(self, text: str, k: int) -> str:
        out = ""
        for ch in text:
            if "a" <= ch <= "z":
                out += chr((ord(ch) - 97 + k) % 26 + 97)
            else:
                out += ch
        return out

    def encode(self, text: str) -> str:
        return self.rot(text, self.shift)

    def decode(self, text: str) -> str:
        return self.rot(text, -self.shift)


encoders: list[Encoder] = [Reverse(), Caesar(3), Caesar(13)]
for e in encoders:
    enc = e.encode("hello, world")
    print(e.name, enc, e.decode(enc), e.roundtrip("xyz abc"))
