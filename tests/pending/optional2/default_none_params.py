# Parameters defaulting to None (`x: int | None = None`) in functions, constructors and static methods.
from typing import Optional


def window(items: list[int], start: int | None = None, stop: int | None = None) -> list[int]:
    lo = 0 if start is None else start
    hi = len(items) if stop is None else stop
    return items[lo:hi]


def greet(name: str, title: Optional[str] = None, times: int = 1) -> str:
    who = name if title is None else title + " " + name
    return ", ".join(["hello " + who] * times)


class Timer:
    def __init__(self, label: str, limit: float | None = None):
        self.label = label
        self.limit = limit
        self.elapsed = 0.0

    def tick(self, dt: float) -> bool:
        self.elapsed += dt
        return self.limit is not None and self.elapsed >= self.limit

    @staticmethod
    def make(label: str, seconds: int | None = None) -> "Timer":
        if seconds is None:
            return Timer(label)
        return Timer(label, seconds * 1.0)


data = [5, 6, 7, 8, 9]
print(window(data), window(data, 2), window(data, None, 2), window(data, stop=4, start=1))
print(greet("Ada"), "|", greet("Ada", "Dr."), "|", greet("Bo", times=2))
print(greet(name="Cy", title=None), "|", greet("Di", title="Ms."))
t1 = Timer("egg", 3.0)
t2 = Timer("free")
t3 = Timer.make("tea", 2)
t4 = Timer.make("idle")
timers = [t1, t2, t3, t4]
print([t.limit for t in timers])
for step in range(4):
    print(step, [t.tick(1.0) for t in timers])
print([(t.label, t.elapsed) for t in timers])
print(Timer(label="kw", limit=None).limit, Timer(limit=0.5, label="kw2").tick(0.5))
