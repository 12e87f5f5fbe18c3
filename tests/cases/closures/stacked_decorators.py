# Stacked decorators apply bottom-up at definition time and outermost-first at call time.
from typing import Callable


def tag(name: str) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    def deco(f: Callable[[str], str]) -> Callable[[str], str]:
        print("decorating with", name)

        def wrapper(s: str) -> str:
            print("calling", name)
            return "<" + name + ">" + f(s) + "</" + name + ">"

        return wrapper

    return deco


@tag("b")
@tag("i")
@tag("u")
def text(s: str) -> str:
    return s


print("defined")
print(text("hello"))
print(text("x"))
