# A simple arithmetic interpreter: a recursive-descent parser builds an AST of Node objects, then evaluates it.
from typing import Optional


class Node:
    def __init__(self, op: str, value: int, left: Optional["Node"], right: Optional["Node"]):
        self.op = op
        self.value = value
        self.left = left
        self.right = right

    def evaluate(self, env: dict[str, int]) -> int:
        if self.op == "num":
            return self.value
        if self.left is None or self.right is None:
            return env[self.op]
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        return a // b

    def show(self) -> str:
        if self.op == "num":
            return str(self.value)
        if self.left is None or self.right is None:
            return self.op
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Parser:
    def __init__(self, text: str):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").split()
        self.pos = 0

    def next_tok(self) -> str:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def peek(self) -> str:
        return self.toks[self.pos] if self.pos < len(self.toks) else ""

    def expr(self) -> Node:
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.next_tok()
            node = Node(op, 0, node, self.term())
        return node

    def term(self) -> Node:
        node = self.atom()
        while self.peek() in ("*", "/"):
            op = self.next_tok()
            node = Node(op, 0, node, self.atom())
        return node

    def atom(self) -> Node:
        tok = self.next_tok()
        if tok == "(":
            inner = self.expr()
            self.next_tok()
            return inner
        if tok.isdigit():
            return Node("num", int(tok), None, None)
        return Node(tok, 0, None, None)


env = {"x": 6, "y": -2, "rate": 3}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "100 / rate / 2", "(x + y) * (x - y) + 7", "42"]:
    tree = Parser(src).expr()
    print(tree.show(), "=", tree.evaluate(env))
env["x"] = 10
t = Parser("x * (rate + 1)").expr()
print(t.evaluate(env), t.op, t.left is not None)
print(Parser("7 - 4 - 2").expr().evaluate(env))
