# __enter__ and __exit__ run around the block body in order.
from typing import Optional


class Tracer:
    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> "Tracer":
        print("enter", self.name)
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        print("exit", self.name, exc_type is None)
        return False


print("before")
with Tracer("first"):
    print("inside first")
print("between")
with Tracer("second") as t:
    print("inside", t.name)
print("after")
