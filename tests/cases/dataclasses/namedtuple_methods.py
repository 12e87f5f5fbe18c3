# NamedTuple subclasses with methods and properties; they still behave as tuples.
from typing import NamedTuple


class Interval(NamedTuple):
    lo: int
    hi: int

    @property
    def length(self) -> int:
        return self.hi - self.lo

    def contains(self, v: int) -> bool:
        return self.lo <= v < self.hi

    def overlaps(self, other: "Interval") -> bool:
        return self.lo < other.hi and other.lo < self.hi

    def shifted(self, d: int) -> "Interval":
        return Interval(self.lo + d, self.hi + d)


a = Interval(0, 10)
b = Interval(5, 15)
c = Interval(20, 25)
print(a, a.length, b.length)
print(a.contains(0), a.contains(10), b.contains(10))
print(a.overlaps(b), a.overlaps(c), b.overlaps(a))
print(c.shifted(-20), c.shifted(-20) == Interval(0, 5))
spans = [c, a, b]
spans.sort()
print(spans)
print([s.length for s in spans], sum([s.length for s in spans]))
lo, hi = b.shifted(100)
print(lo, hi)
print(set([a, Interval(0, 10), b]) == {a, b})
