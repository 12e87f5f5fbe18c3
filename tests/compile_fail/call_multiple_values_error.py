# Molt reports at transpile time the TypeError CPython raises for these calls (same message).
def f(x: int, y: int = 0) -> int:
    return x + y


try:
    f(1, x=2)  # type: ignore
except TypeError as e:
    print(e)
try:
    f(1, 2, y=3)  # type: ignore
except TypeError as e:
    print(e)
try:
    f(*[1, 2], **{"y": 5})
except TypeError as e:
    print(e)
print(f(1, y=2), f(y=3, x=4))
