# Event counters: a Counter class per event name, a registry that routes events and reports windows.
class Counter:
    def __init__(self, name: str):
        self.name = name
        self.count = 0
        self.last_time = -1
        self.gaps: list[int] = []

    def hit(self, t: int):
        if self.last_time >= 0:
            self.gaps.append(t - self.last_time)
        self.last_time = t
        self.count += 1

    def max_gap(self) -> int:
        return max(self.gaps) if self.gaps else 0

    def __repr__(self) -> str:
        return f"{self.name}={self.count}"


class EventLog:
    total = 0

    def __init__(self):
        self.counters: dict[str, Counter] = {}
        self.timeline: list[tuple[int, str]] = []

    def record(self, t: int, name: str):
        if name not in self.counters:
            self.counters[name] = Counter(name)
        self.counters[name].hit(t)
        self.timeline.append((t, name))
        EventLog.total += 1

    def in_window(self, start: int, end: int) -> dict[str, int]:
        out: dict[str, int] = {}
        for t, name in self.timeline:
            if start <= t < end:
                out[name] = out.get(name, 0) + 1
        return out

    def busiest(self) -> Counter:
        best = list(self.counters.values())[0]
        for c in self.counters.values():
            if c.count > best.count:
                best = c
        return best


log = EventLog()
events = [(1, "login"), (2, "click"), (3, "click"), (7, "error"), (8, "click"), (12, "login"),
          (13, "click"), (20, "logout"), (21, "error"), (25, "click")]
for t, name in events:
    log.record(t, name)
print(list(log.counters.values()))
print(log.in_window(0, 10))
print(log.in_window(10, 30))
print(log.busiest(), log.busiest().gaps, log.busiest().max_gap())
print([(c.name, c.max_gap()) for c in log.counters.values()])
other = EventLog()
other.record(5, "ping")
print(EventLog.total, other.counters["ping"].max_gap(), len(other.timeline))
print(sorted([c.name for c in log.counters.values() if c.count == 1]))
