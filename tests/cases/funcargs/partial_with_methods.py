# functools.partial works with bound methods, builtins and nested partials, merging keywords.
import functools


class Greeter:
    def __init__(self, greeting: str) -> None:
        self.greeting = greeting

    def greet(self, name: str, punct: str = "!") -> str:
        return self.greeting + " " + name + punct


g = Greeter("Hi")
hi_ann = functools.partial(g.greet, "Ann")
print(hi_ann(), hi_ann("?"), hi_ann(punct="..."))
quiet = functools.partial(g.greet, punct=".")
print([quiet(n) for n in ["x", "y"]])


def vol(a: int, b: int, c: int) -> int:
    return a * b * c


p1 = functools.partial(vol, 2)
p2 = functools.partial(p1, 3)
print(p2(4), p2(c=5), p1(1, 1))
sep_join = functools.partial(str.join, ", ")
print(sep_join(["a", "b", "c"]))
