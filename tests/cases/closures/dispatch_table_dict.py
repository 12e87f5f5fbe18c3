# A dict of lambdas acts as a dispatch table for a tiny calculator.
from typing import Callable

ops: dict[str, Callable[[int, int], int]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a // b,
    "pow": lambda a, b: a ** b,
}

for name in ops:
    print(name, ops[name](17, 5))

program = [("add", 3), ("mul", 4), ("sub", 2), ("pow", 2), ("div", 9)]
acc = 1
for op, arg in program:
    acc = ops[op](acc, arg)
    print(op, arg, "=>", acc)

ops["mod"] = lambda a, b: a % b
print(sorted(ops))
print(ops.get("mod", lambda a, b: 0)(-17, 5))
print(ops.get("xor", lambda a, b: -1)(1, 2))
print("missing" in ops, "mod" in ops)
