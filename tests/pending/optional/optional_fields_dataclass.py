# A dataclass with Optional fields defaulting to None.
from dataclasses import dataclass
from typing import Optional


@dataclass
class Profile:
    username: str
    email: Optional[str] = None
    age: int | None = None

    def contact(self) -> str:
        if self.email is None:
            return self.username + " (no email)"
        return self.username + " <" + self.email + ">"

    def age_next_year(self) -> int | None:
        if self.age is None:
            return None
        return self.age + 1


a = Profile("ann")
b = Profile("bob", "bob@example.com", 29)
print(a)
print(b)
print(a.contact(), "|", b.contact())
print(a.age_next_year(), b.age_next_year())
a.email = "ann@example.com"
print(a.contact())
a.age = 40
print(a.age_next_year(), a)
b.email = None
print(b.contact(), b.email is None)
