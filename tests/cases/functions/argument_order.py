# Arguments are evaluated left to right, each exactly once.
def tag(label: str, v: int) -> int:
    print("arg", label)
    return v


def add3(a: int, b: int, c: int) -> int:
    print("add3 called")
    return a + b + c


def combine(a: int, b: int) -> int:
    return a * 10 + b


print(add3(tag("a", 1), tag("b", 2), tag("c", 3)))
print(combine(tag("outer1", combine(tag("x", 1), tag("y", 2))), tag("outer2", 5)))
print(tag("left", 2) * tag("right", 3) + tag("third", 4))
print(tag("p", 1), tag("q", 2), sep=" | ")
total = add3(add3(1, 2, 3), add3(4, 5, 6), add3(7, 8, 9))
print(total)
