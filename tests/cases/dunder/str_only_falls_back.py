# With only __str__, print uses it; with only __repr__, str() and print fall back to __repr__.
class OnlyStr:
    def __init__(self, n: int):
        self.n = n

    def __str__(self) -> str:
        return f"<str {self.n}>"


class OnlyRepr:
    def __init__(self, n: int):
        self.n = n

    def __repr__(self) -> str:
        return f"<repr {self.n}>"


s = OnlyStr(1)
r = OnlyRepr(2)
print(s)
print(str(s), f"{s}")
print(r)
print(str(r), repr(r), f"{r}", f"{r!r}")
print([r, OnlyRepr(3)])
print(str(s) + "|" + str(r))
print(len(str(s)), len(repr(r)))
