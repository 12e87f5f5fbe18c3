# ClassVar annotations are class attributes, not dataclass fields.
from dataclasses import dataclass, astuple
from typing import ClassVar


@dataclass
class Ticket:
    counter: ClassVar[int] = 0
    prefix: ClassVar[str] = "T"
    title: str
    priority: int = 1

    def __post_init__(self) -> None:
        Ticket.counter += 1

    def code(self) -> str:
        return Ticket.prefix + str(self.priority) + "-" + self.title[:3].upper()


a = Ticket("login bug")
b = Ticket("crash", 5)
print(a)
print(b)
print(astuple(b))
print(Ticket.counter)
print(a.code(), b.code())
c = Ticket("slow page", 2)
print(Ticket.counter, c.code())
Ticket.prefix = "BUG"
print(a.code())
print(a == Ticket("login bug"), Ticket.counter)
