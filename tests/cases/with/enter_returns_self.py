# __enter__ returning self lets the block use the manager's methods via `as`.
from typing import Optional


class Counter:
    def __init__(self) -> None:
        self.count = 0
        self.active = False

    def __enter__(self) -> "Counter":
        self.active = True
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> None:
        self.active = False
        print("final count", self.count)

    def bump(self, n: int) -> None:
        self.count += n


c = Counter()
with c as counter:
    print(counter is c, counter.active)
    counter.bump(3)
    counter.bump(4)
print(c.active, c.count)
with Counter() as other:
    other.bump(10)
print(other.count)
