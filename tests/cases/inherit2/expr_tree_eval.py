# An expression tree: Num/Var/Add/Mul subclasses of Expr with eval(), __repr__ and a simplify() returning Expr.
class Expr:
    def eval(self, env: dict[str, int]) -> int:
        return 0

    def simplify(self) -> "Expr":
        return self

    def is_const(self) -> bool:
        return False


class Num(Expr):
    def __init__(self, value: int):
        self.value = value

    def eval(self, env: dict[str, int]) -> int:
        return self.value

    def is_const(self) -> bool:
        return True

    def __repr__(self) -> str:
        return str(self.value)


class Var(Expr):
    def __init__(self, name: str):
        self.name = name

    def eval(self, env: dict[str, int]) -> int:
        return env.get(self.name, 0)

    def __repr__(self) -> str:
        return self.name


class Add(Expr):
    def __init__(self, left: Expr, right: Expr):
        self.left = left
        self.right = right

    def eval(self, env: dict[str, int]) -> int:
        return self.left.eval(env) + self.right.eval(env)

    def simplify(self) -> Expr:
        a = self.left.simplify()
        b = self.right.simplify()
        if a.is_const() and b.is_const():
            return Num(a.eval({}) + b.eval({}))
        if a.is_const() and a.eval({}) == 0:
            return b
        if b.is_const() and b.eval({}) == 0:
            return a
        return Add(a, b)

    def __repr__(self) -> str:
        return f"({self.left!r} + {self.right!r})"


class Mul(Add):
    def eval(self, env: dict[str, int]) -> int:
        return self.left.eval(env) * self.right.eval(env)

    def simplify(self) -> Expr:
        a = self.left.simplify()
        b = self.right.simplify()
        if a.is_const() and b.is_const():
            return Num(a.eval({}) * b.eval({}))
        if a.is_const() and a.eval({}) == 1:
            return b
        return Mul(a, b)

    def __repr__(self) -> str:
        return f"{self.left!r} * {self.right!r}"


env = {"x": 5, "y": -3}
exprs: list[Expr] = [
    Add(Num(2), Mul(Var("x"), Num(3))),
    Mul(Add(Var("x"), Var("y")), Add(Num(1), Num(1))),
    Add(Mul(Num(0), Var("y")), Add(Num(0), Var("x"))),
    Mul(Num(1), Add(Num(4), Num(6))),
    Var("z"),
]
for e in exprs:
    s = e.simplify()
    print(repr(e), "=", e.eval(env), "->", repr(s), "=", s.eval(env))
print([isinstance(e, Add) for e in exprs], [type(e).__name__ for e in exprs])
print(repr(Mul(Var("x"), Num(0)).simplify()), Add(Var("x"), Num(0)).simplify().eval(env))
