# __post_init__ normalizes and validates fields; the last construction is invalid and raises ValueError on purpose.
from dataclasses import dataclass


@dataclass
class Email:
    address: str
    verified: bool = False

    def __post_init__(self):
        self.address = self.address.strip().lower()
        if "@" not in self.address:
            raise ValueError(f"invalid email: {self.address!r}")

    def domain(self) -> str:
        return self.address.split("@")[1]


@dataclass
class Range:
    lo: int
    hi: int

    def __post_init__(self):
        if self.lo > self.hi:
            self.lo, self.hi = self.hi, self.lo

    def width(self) -> int:
        return self.hi - self.lo

    def contains(self, x: int) -> bool:
        return self.lo <= x <= self.hi


e = Email("  Ann@Example.COM ")
print(e, e.domain())
print(Email("bob@x.org", True))
print(Email("A@B.C") == Email("a@b.c"))
r = Range(10, 3)
print(r, r.width(), r.contains(5), r.contains(11))
print([Range(a, b) for a, b in [(1, 2), (5, -5), (0, 0)]])
domains: dict[str, int] = {}
for raw in ["x@a.com", "Y@B.com", "z@a.COM"]:
    d = Email(raw).domain()
    domains[d] = domains.get(d, 0) + 1
print(domains)
print("about to fail")
bad = Email("not-an-address")
print("unreachable", bad)
