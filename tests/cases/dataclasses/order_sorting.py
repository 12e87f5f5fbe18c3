# @dataclass(order=True) compares field tuples, so instances sort lexicographically.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int


@dataclass(order=True)
class Entry:
    score: int
    name: str


versions = [Version(1, 2, 3), Version(0, 9, 9), Version(1, 10, 0), Version(1, 2, 0)]
print(sorted(versions))
print(min(versions), max(versions))
print(Version(1, 0, 0) < Version(1, 0, 1))
print(Version(2, 0, 0) > Version(1, 99, 99))
print(Version(1, 2, 3) <= Version(1, 2, 3), Version(1, 2, 3) >= Version(1, 2, 4))
entries = [Entry(50, "cat"), Entry(70, "ant"), Entry(50, "bee"), Entry(10, "dog")]
entries.sort()
for e in entries:
    print(e.score, e.name)
ranked = sorted(entries)
ranked.reverse()
print([e.name for e in ranked])
print(sorted(versions)[1:3])
