# Nested with statements and an exception unwinding through the inner managers.
from typing import Optional


class Level:
    depth = 0

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Level":
        print("  " * Level.depth + "enter " + self.name)
        Level.depth += 1
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        Level.depth -= 1
        tag = "" if exc_type is None else " (" + exc_type.__name__ + ")"
        print("  " * Level.depth + "exit " + self.name + tag)
        return self.name == "middle"


with Level("outer"):
    with Level("middle"):
        with Level("inner"):
            print("  " * Level.depth + "work")
            raise LookupError("deep")
        print("not reached")
    print("  " * Level.depth + "after middle")
print("done", Level.depth)
