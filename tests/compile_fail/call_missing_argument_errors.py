# Molt reports at transpile time the TypeError CPython raises for these calls (same message).
def one(x: int) -> int:
    return x


def three(a: int, b: int, c: int) -> int:
    return a + b + c


try:
    one()  # type: ignore
except TypeError as e:
    print(e)
try:
    three(1)  # type: ignore
except TypeError as e:
    print(e)
try:
    three()  # type: ignore
except TypeError as e:
    print(e)
try:
    three(c=3)  # type: ignore
except TypeError as e:
    print(e)
print(three(1, 2, 3))
