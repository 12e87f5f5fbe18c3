# Evaluating and simplifying a small expression tree with class patterns.
from dataclasses import dataclass


class Expr:
    pass


@dataclass
class Num(Expr):
    value: int


@dataclass
class Add(Expr):
    left: Expr
    right: Expr


@dataclass
class Mul(Expr):
    left: Expr
    right: Expr


def evaluate(e: Expr) -> int:
    match e:
        case Num(v):
            return v
        case Add(l, r):
            return evaluate(l) + evaluate(r)
        case Mul(l, r):
            return evaluate(l) * evaluate(r)
    return 0


def show(e: Expr) -> str:
    match e:
        case Num(v):
            return str(v)
        case Add(l, r):
            return "(" + show(l) + " + " + show(r) + ")"
        case Mul(l, r):
            return show(l) + " * " + show(r)
    return "?"


def simplify(e: Expr) -> Expr:
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Add(l, r):
            return Add(simplify(l), simplify(r))
        case Mul(l, r):
            return Mul(simplify(l), simplify(r))
    return e


tree = Add(Mul(Num(1), Add(Num(2), Num(0))), Mul(Num(3), Num(4)))
print(show(tree), "=", evaluate(tree))
small = simplify(tree)
print(show(small), "=", evaluate(small))
print(small)
print(simplify(Mul(Add(Num(5), Num(6)), Num(0))))
