# The generated __repr__ via print, repr, f-strings, str() and inside containers.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Person:
    name: str
    age: int
    height: float


p = Point(1, 2)
print(p)
print(repr(p))
print(str(p))
print(f"point is {p}")
print(f"point repr {p!r}")
print([Point(0, 0), Point(-1, 5)])
print((p, p))
bob = Person("Bob", 42, 1.85)
print(bob)
print(repr(bob.name), bob.age, bob.height)
print({"origin": Point(0, 0)})
print("len of repr:", len(repr(bob)))
people = [Person("Ann", 30, 1.7), Person("O'Neil", 25, 1.6)]
for person in people:
    print(person)
