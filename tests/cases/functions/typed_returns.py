# Functions returning each of the basic types.
def half(n: int) -> float:
    return n / 2


def label(n: int) -> str:
    return "n=" + str(n)


def is_small(n: int) -> bool:
    return n < 10


def mean3(a: float, b: float, c: float) -> float:
    return (a + b + c) / 3


def repeat(s: str, n: int) -> str:
    return s * n


def nothing(n: int) -> None:
    print("nothing got", n)


print(half(7), half(-3), half(0))
print(label(5), label(-12))
print(is_small(3), is_small(30))
print(mean3(1.0, 2.0, 4.0), mean3(0.1, 0.2, 0.3))
print(repeat("ab", 3), repr(repeat("x", 0)))
print(nothing(9))
h = half(9)
print(h * 2, int(h))
s = label(4) + label(5)
print(s, len(s))
print(is_small(5) and is_small(50), is_small(5) or is_small(50))
print(half(len(repeat("xyz", 5))))
