# except ArithmeticError catches ZeroDivisionError from int and float division and modulo.
def compute(a: int, b: int, op: str) -> float:
    if op == "//":
        return float(a // b)
    if op == "%":
        return float(a % b)
    if op == "/":
        return a / b
    return float(a) / float(b)


cases = [(7, 2, "//"), (7, 0, "//"), (7, 0, "%"), (1, 0, "/"), (3, 0, "f"), (9, 4, "%")]
for a, b, op in cases:
    try:
        print(a, op, b, "=", compute(a, b, op))
    except ArithmeticError as e:
        print(a, op, b, "failed:", type(e).__name__, "-", e)
        print("  zero div?", isinstance(e, ZeroDivisionError))
