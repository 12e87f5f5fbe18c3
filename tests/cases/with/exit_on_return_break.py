# __exit__ runs when the block is left by return, break or continue.
from typing import Optional


class Note:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __enter__(self) -> "Note":
        print("enter", self.tag)
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> None:
        print("exit", self.tag)


def find(xs: list[int], target: int) -> int:
    for i, x in enumerate(xs):
        with Note("item" + str(i)):
            if x == target:
                return i
    return -1


print("found at", find([5, 6, 7], 6))
for i in range(4):
    with Note("loop" + str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
print("end")
