# Molt reports at transpile time the TypeError CPython raises for these calls (same message).
def sub(a: int, b: int, /) -> int:
    return a - b


def fmt(value: int, /, width: int = 5, *, fill: str = " ") -> str:
    return str(value).rjust(width, fill)


print(sub(10, 3), sub(3, 10))
print(repr(fmt(42)))
print(repr(fmt(42, 8)))
print(repr(fmt(42, width=6, fill="0")))
print(repr(fmt(7, 3, fill="*")))
try:
    print(sub(a=1, b=2))
except TypeError as e:
    print("TypeError:", e)
try:
    print(fmt(value=3))
except TypeError as e:
    print("TypeError:", e)


def echo(name: str, /, **kw: int) -> str:
    return name + " " + str(sorted(kw.items()))


print(echo("n", name=3, other=4))
