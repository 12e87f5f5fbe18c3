# An event bus maps event names to handler lists; handlers are closures that record into a shared log.
from typing import Callable


class Bus:
    def __init__(self) -> None:
        self.subs: dict[str, list[Callable[[int], None]]] = {}

    def subscribe(self, event: str, fn: Callable[[int], None]) -> None:
        self.subs.setdefault(event, []).append(fn)

    def publish(self, event: str, value: int) -> int:
        handlers = self.subs.get(event, [])
        for fn in handlers:
            fn(value)
        return len(handlers)


log: list[str] = []


def recorder(tag: str) -> Callable[[int], None]:
    def handle(v: int) -> None:
        log.append(tag + "=" + str(v))

    return handle


bus = Bus()
bus.subscribe("temp", recorder("t1"))
bus.subscribe("temp", recorder("t2"))
bus.subscribe("load", recorder("l"))
bus.subscribe("load", lambda v: log.append("big" if v > 50 else "small"))
print(bus.publish("temp", 21), bus.publish("load", 80), bus.publish("none", 0))
print(bus.publish("load", 3))
print(log)
print(sorted(bus.subs), [len(bus.subs[k]) for k in sorted(bus.subs)])
