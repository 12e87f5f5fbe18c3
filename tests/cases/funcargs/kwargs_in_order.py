# **kwargs collects keyword arguments into a dict that keeps the call's order.
def show(**kwargs: int) -> None:
    print(len(kwargs), list(kwargs))
    for k, v in kwargs.items():
        print("  ", k, "=", v)


show()
show(b=2, a=1, c=3)
show(z=26, y=25)


def total(base: int, **extras: int) -> int:
    return base + sum(extras.values())


print(total(1), total(1, x=10, y=100))


def keys_upper(**kw: str) -> str:
    return ",".join(k.upper() + ":" + v for k, v in kw.items())


print(keys_upper(first="a", second="b", third="c"))
print(keys_upper())
