# __iadd__/__imul__ mutate in place (aliases see it); without __isub__, -= falls back to __sub__ and rebinds.
class Vec:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        print("add")
        return Vec(self.x + other.x, self.y + other.y)

    def __iadd__(self, other: "Vec") -> "Vec":
        print("iadd")
        self.x += other.x
        self.y += other.y
        return self

    def __sub__(self, other: "Vec") -> "Vec":
        print("sub")
        return Vec(self.x - other.x, self.y - other.y)

    def __imul__(self, k: int) -> "Vec":
        print("imul")
        self.x *= k
        self.y *= k
        return self

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 1)
alias = a
a += Vec(2, 3)
print(a, alias, a is alias)
a *= 10
print(a, alias, a is alias)
a -= Vec(1, 1)
print(a, alias, a is alias)
vs = [Vec(0, 0), Vec(5, 5)]
vs[0] += Vec(1, 2)
vs[1] -= Vec(1, 2)
print(vs)
c = a + alias
print(c)
