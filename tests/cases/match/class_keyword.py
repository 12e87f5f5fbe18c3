# Keyword class patterns: Point(x=0, y=y) checks and captures attributes by name.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class User:
    name: str
    age: int
    admin: bool


def locate(p: Point) -> str:
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"x is zero, y={y}"
        case Point(y=0):
            return "on x axis"
        case Point(x=x, y=y):
            return f"somewhere {x},{y}"
    return "?"


def access(u: User) -> str:
    match u:
        case User(admin=True, name=n):
            return n + " has full access"
        case User(age=a, name=n) if a < 18:
            return n + " is a minor"
        case User(name=n):
            return n + " has normal access"
    return "?"


for p in [Point(0, 0), Point(0, 7), Point(5, 0), Point(2, 3)]:
    print(p, locate(p))
for u in [User("root", 40, True), User("kid", 12, False), User("joe", 30, False)]:
    print(access(u))
match Point(1, 2):
    case Point(1, y=yy):
        print("mixed positional and keyword", yy)
