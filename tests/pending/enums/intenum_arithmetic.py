# IntEnum members are ints: arithmetic, ordering and comparisons with plain ints.
from enum import IntEnum


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW + 1, Priority.HIGH * 2, Priority.MEDIUM - Priority.LOW)
print(Priority.HIGH // 3, Priority.HIGH % 3, -Priority.LOW)
print(Priority.MEDIUM == 5, Priority.MEDIUM < Priority.HIGH, Priority.LOW > 0)
print(Priority.HIGH >= 10, 3 < Priority.MEDIUM)
print(repr(Priority.HIGH))
print(str(Priority.HIGH), f"{Priority.LOW}")
print(Priority.HIGH.name, Priority.HIGH.value)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), min(Priority))
print(sum([p.value for p in Priority]), sum(list(Priority)))
print(isinstance(Priority.LOW, int))
print([1, 2, 3, 4, 5, 6][Priority.LOW])
print(Priority(5) is Priority.MEDIUM, int(Priority.HIGH))
