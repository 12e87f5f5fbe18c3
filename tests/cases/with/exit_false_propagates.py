# __exit__ returning False lets the exception propagate to an outer try/except.
from typing import Optional


class Logger:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Logger":
        print("open", self.name)
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        if exc_type is not None:
            print("close", self.name, "with", exc_type.__name__)
        else:
            print("close", self.name)
        return False


def risky(n: int) -> int:
    with Logger("job" + str(n)):
        if n > 1:
            raise RuntimeError("too big: " + str(n))
        return n * 10


for n in range(3):
    try:
        print("result", risky(n))
    except RuntimeError as e:
        print("caught:", e)
