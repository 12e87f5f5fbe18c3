# A wrapper forwards *args and **kwargs unchanged to the wrapped function.
def target(a: int, b: int = 0, *rest: int, scale: int = 1, **extra: int) -> str:
    return "a=%d b=%d rest=%s scale=%d extra=%s" % (a, b, rest, scale, extra)


def forward(*args: int, **kwargs: int) -> str:
    print("forwarding", args, kwargs)
    return target(*args, **kwargs)


print(forward(1))
print(forward(1, 2, 3, 4))
print(forward(1, scale=10))
print(forward(5, 6, 7, scale=2, tag=9))
print(forward(b=4, a=3))


def add_default_scale(*args: int, **kwargs: int) -> str:
    kwargs.setdefault("scale", 100)
    return target(*args, **kwargs)


print(add_default_scale(1))
print(add_default_scale(1, scale=3))
