# functools.partial freezes leading positional arguments and keywords; keywords can be overridden.
import functools


def power(base: int, exp: int) -> int:
    return base ** exp


def fmt(value: int, width: int = 4, fill: str = " ") -> str:
    return str(value).rjust(width, fill)


square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(9), square(base=3), square(4, exp=3))
print([two_to(n) for n in range(8)])
zero_pad = functools.partial(fmt, fill="0")
print(repr(zero_pad(42)), repr(zero_pad(42, 6)), repr(zero_pad(42, fill="_")))
wide = functools.partial(zero_pad, width=8)
print(repr(wide(7)))
int_base2 = functools.partial(int, base=2)
print(int_base2("1011"), int_base2("11111111"))
print(list(map(functools.partial(power, 3), [0, 1, 2, 3])))
