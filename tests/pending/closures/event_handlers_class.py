# An event emitter class keeps callbacks in a list; closures and bound methods are registered.
from typing import Callable


class Emitter:
    def __init__(self) -> None:
        self.handlers: list[Callable[[str], None]] = []

    def on(self, handler: Callable[[str], None]) -> None:
        self.handlers.append(handler)

    def emit(self, event: str) -> int:
        for h in self.handlers:
            h(event)
        return len(self.handlers)


class Recorder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: list[str] = []

    def handle(self, event: str) -> None:
        self.seen.append(event)
        print(self.name, "got", event)


em = Emitter()
rec = Recorder("rec")
counts = {"n": 0}


def count(event: str) -> None:
    counts["n"] += 1


em.on(rec.handle)
em.on(count)
em.on(lambda e: print("lambda saw", e.upper()))
print("handlers:", em.emit("click"))
print("handlers:", em.emit("key"))
print(rec.seen, counts["n"])
