# A dataclass with an Enum-typed field: repr nests the member repr, asdict keeps the member.
from dataclasses import dataclass, asdict, replace
from enum import Enum


class Status(Enum):
    OPEN = 1
    CLOSED = 2


@dataclass
class Issue:
    id: int
    title: str
    status: Status = Status.OPEN


i = Issue(1, "bug")
print(i)
print(i.status, i.status.name, i.status.value)
closed = replace(i, status=Status.CLOSED)
print(closed)
print(asdict(closed))
print(i == Issue(1, "bug"), i == closed)
issues = [Issue(2, "a"), closed, Issue(3, "b", Status.CLOSED)]
open_ids = [x.id for x in issues if x.status is Status.OPEN]
print(open_ids)
print(len([x for x in issues if x.status == Status.CLOSED]))
