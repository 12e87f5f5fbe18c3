# Several managers in one with statement: entered left to right, exited in reverse.
from typing import Optional


class Step:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> str:
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        what = exc_type.__name__ if exc_type is not None else "ok"
        print("exit", self.name, what)
        return False


with Step("a") as a, Step("b") as b, Step("c") as c:
    print("body", a, b, c)
print("---")
try:
    with Step("x"), Step("y"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
