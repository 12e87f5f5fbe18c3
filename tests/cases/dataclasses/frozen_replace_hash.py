# Frozen value objects: replace() derives new values, equal values hash alike.
from dataclasses import dataclass, replace


@dataclass(frozen=True, order=True)
class Date:
    year: int
    month: int
    day: int

    def next_month(self) -> "Date":
        if self.month == 12:
            return replace(self, year=self.year + 1, month=1)
        return replace(self, month=self.month + 1)


d = Date(2023, 11, 15)
print(d)
n1 = d.next_month()
n2 = n1.next_month()
print(n1, n2)
print(d)
print(n2 == Date(2024, 1, 15), hash(n2) == hash(Date(2024, 1, 15)))
events: dict[Date, list[str]] = {}
for dt in [d, n1, Date(2023, 11, 15), n2]:
    if dt not in events:
        events[dt] = []
    events[dt].append("event")
for key in sorted(events):
    print(key, len(events[key]))
print(len({d, n1, n2, Date(2023, 12, 15)}))
