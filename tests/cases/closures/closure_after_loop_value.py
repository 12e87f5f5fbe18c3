# A closure over a loop variable sees the value it had when the loop ended, or a later rebinding.
from typing import Callable


def last_seen(items: list[str]) -> Callable[[], str]:
    item = "none"
    for item in items:
        pass

    def get() -> str:
        return item

    return get


print(last_seen(["a", "b", "c"])())
print(last_seen([])())


def watcher() -> list[int]:
    i = -1
    peek = lambda: i
    seen: list[int] = []
    for i in range(4):
        seen.append(peek())
    seen.append(peek())
    i = 99
    seen.append(peek())
    return seen


print(watcher())
