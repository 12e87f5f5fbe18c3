# print() of expressions of every basic type, evaluated in order.
def note(s: str) -> str:
    print("(evaluating", s + ")")
    return s


print(1 + 1, 2.0 * 3, "a" + "b", 3 > 2, None)
print(note("first"), note("second"))
print(7 // 2, 7 / 2, -7 % 3, 2 ** 0.5, 10 ** 20)
print(len("four"), str(5) * 3, repr(5.0), int("12") + 1)
print(not 0, 0 or 7, "" or "empty", 1 < 2 < 3)
print(f"{1 + 2}" + "!", "x" if 1 > 2 else "y")
print(-0.0 * 1, 0.0 * -1, abs(-0.0))
print(float("inf") - 1, -float("inf"), float("nan") * 0)
print(min(3, 1, 2), max(2.5, -1.5), abs(-9))
