# One signature mixing positional-only, normal, *args, keyword-only and **kwargs parameters.
def f(a: int, b: int = 2, /, c: int = 3, *args: int, d: int, e: int = 5, **kw: int) -> str:
    return "a=%d b=%d c=%d args=%s d=%d e=%d kw=%s" % (a, b, c, args, d, e, kw)


print(f(1, d=4))
print(f(1, 20, d=4))
print(f(1, 20, 30, 40, 50, d=4))
print(f(1, c=33, d=4, e=55))
print(f(1, 2, 3, d=4, x=9, y=8))
print(f(1, d=4, a=100, b=200))
print(f(*[1, 2, 3, 4], **{"d": 0, "z": 1}))
try:
    print(f(1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
try:
    print(f(1, d=4, c=3, **{"c": 5}))
except TypeError as e:
    print("TypeError:", e)
