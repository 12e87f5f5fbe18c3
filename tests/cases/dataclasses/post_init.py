# __post_init__ runs after the generated __init__ to derive or normalise fields.
from dataclasses import dataclass, field


@dataclass
class Rectangle:
    width: int
    height: int
    area: int = 0

    def __post_init__(self) -> None:
        self.area = self.width * self.height


@dataclass
class User:
    name: str
    email: str
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.name = self.name.strip().title()
        self.email = self.email.lower()
        if not self.tags:
            self.tags.append("new")


r = Rectangle(3, 7)
print(r)
print(Rectangle(2, 2, 100))
u = User("  ada lovelace ", "ADA@Example.COM")
print(u)
v = User("grace", "G@X.ORG", ["admin"])
print(v)
print(u.tags, v.tags)
users = [User(n, n.upper() + "@MAIL") for n in ["x", "yy"]]
print(users)
