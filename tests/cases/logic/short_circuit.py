# and/or stop evaluating as soon as the result is known.
def t(label: str) -> bool:
    print("  t", label)
    return True


def f(label: str) -> bool:
    print("  f", label)
    return False


def num(label: str, v: int) -> int:
    print("  num", label, v)
    return v


print("case 1")
print(t("a") and f("b") and t("c"))
print("case 2")
print(f("a") and t("b"))
print("case 3")
print(t("a") or t("b"))
print("case 4")
print(f("a") or f("b") or t("c") or t("d"))
print("case 5")
print(t("a") and (f("b") or t("c")))
print("case 6")
print(num("x", 0) or num("y", 4))
print("case 7")
print(num("x", 3) or num("y", 4))
print("case 8")
print(num("x", 0) and num("y", 4))
print("case 9")
if f("cond") and t("never"):
    print("wrong")
else:
    print("else branch")
print("case 10")
d = 0
if d != 0 and 10 // d > 1:
    print("wrong")
print("safe division guard ok")
