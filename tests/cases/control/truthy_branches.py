# Branching on the truthiness of each value kind.
def check_int(x: int) -> None:
    if x:
        print("int", x, "is true")
    else:
        print("int", x, "is false")


def check_float(x: float) -> None:
    if x:
        print("float", x, "is true")
    else:
        print("float", x, "is false")


def check_str(x: str) -> None:
    if x:
        print("str", repr(x), "is true")
    else:
        print("str", repr(x), "is false")


check_int(0)
check_int(-1)
check_int(2 ** 64)
check_int(-(2 ** 64))
check_float(0.0)
check_float(-0.0)
check_float(1e-320)
check_float(float("nan"))
check_float(float("-inf"))
check_str("")
check_str(" ")
check_str("0")
check_str("\x00")
n = None
if n is None:
    print("None is handled with is")
