# Dataclass instances are mutable reference objects: aliases see field updates.
from dataclasses import dataclass, field


@dataclass
class Counter:
    label: str
    count: int = 0
    history: list[int] = field(default_factory=list)

    def bump(self, n: int) -> None:
        self.count += n
        self.history.append(self.count)


def bump_twice(c: Counter) -> None:
    c.bump(1)
    c.bump(2)


a = Counter("a")
alias = a
alias.bump(5)
print(a)
bump_twice(a)
print(a, alias is a)
counters = [Counter("x"), Counter("y")]
for c in counters:
    bump_twice(c)
print(counters)
counters[0].label = "renamed"
first = counters[0]
print(first.label, first.history)
grid = [Counter("r" + str(i)) for i in range(3)]
grid[1].bump(10)
print([g.count for g in grid])
