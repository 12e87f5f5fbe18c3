# __exit__ returning True suppresses the exception and execution continues after the with.
from typing import Optional


class Suppress:
    def __init__(self) -> None:
        self.caught: list[str] = []

    def __enter__(self) -> "Suppress":
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        if exc_type is not None:
            self.caught.append(exc_type.__name__)
            print("suppressing", exc_type.__name__)
            return True
        return False


s = Suppress()
with s:
    print("before error")
    x = 1 // 0
    print("never printed")
print("continued after with")
with s:
    [1, 2][5]
with s:
    print("no error here")
print(s.caught)
