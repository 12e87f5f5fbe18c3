# def statements inside a loop capture the loop variable by reference, like lambdas do.
from typing import Callable


def build() -> list[Callable[[], str]]:
    out: list[Callable[[], str]] = []
    for name in ["x", "y", "z"]:
        def show() -> str:
            return "name=" + name
        out.append(show)
    return out


for f in build():
    print(f())


def build_fixed() -> list[Callable[[], str]]:
    def maker(name: str) -> Callable[[], str]:
        def show() -> str:
            return "name=" + name
        return show

    return [maker(n) for n in ["x", "y", "z"]]


for f in build_fixed():
    print(f())
