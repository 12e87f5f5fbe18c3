# Keyword arguments may be given in any order and mixed after positional ones.
def box(width: int, height: int, depth: int = 1, name: str = "box") -> str:
    return name + ":" + str(width) + "x" + str(height) + "x" + str(depth) + "=" + str(width * height * depth)


print(box(2, 3))
print(box(height=3, width=2))
print(box(2, depth=4, height=3))
print(box(name="cube", depth=3, height=3, width=3))
print(box(1, 2, 3, "flat"))
print(box(5, 5, name="sq"))


def order(a: int, b: int, c: int) -> str:
    return "a=" + str(a) + " b=" + str(b) + " c=" + str(c)


print(order(1, 2, 3))
print(order(c=1, a=2, b=3))
print(order(9, c=8, b=7))
print(sorted([3, 1, 2], reverse=True), "-".join(str(n) for n in range(3)))
print(int("ff", base=16), "a,b".split(sep=","), round(2.675, ndigits=1))
