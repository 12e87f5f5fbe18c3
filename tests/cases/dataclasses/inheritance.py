# A dataclass inheriting another dataclass: fields are appended, methods are inherited.
from dataclasses import dataclass, asdict


@dataclass
class Animal:
    name: str
    legs: int

    def describe(self) -> str:
        return f"{self.name} with {self.legs} legs"

    def sound(self) -> str:
        return "..."


@dataclass
class Dog(Animal):
    breed: str

    def sound(self) -> str:
        return "woof"


@dataclass
class Puppy(Dog):
    age_months: int = 3

    def describe(self) -> str:
        return "young " + super().describe()


d = Dog("rex", 4, "collie")
print(d)
print(d.describe(), d.sound())
p = Puppy("bit", 4, "pug")
print(p)
print(p.describe(), p.sound())
print(Puppy("max", 3, "mutt", 7))
print(asdict(p))
print(isinstance(p, Animal), isinstance(d, Puppy))
print(d == Dog("rex", 4, "collie"))
animals: list[Animal] = [Animal("snake", 0), d, p]
for a in animals:
    print(a.name, a.sound())
