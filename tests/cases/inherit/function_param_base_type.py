# Functions typed with a base-class parameter accept subclasses and dispatch dynamically.
class Animal:
    def __init__(self, name: str, legs: int):
        self.name = name
        self.legs = legs

    def sound(self) -> str:
        return "?"


class Dog(Animal):
    def __init__(self, name: str):
        super().__init__(name, 4)

    def sound(self) -> str:
        return "woof"


class Bird(Animal):
    def __init__(self, name: str):
        super().__init__(name, 2)

    def sound(self) -> str:
        return "tweet"


def introduce(a: Animal) -> str:
    return f"{a.name} ({a.legs} legs) goes {a.sound()}"


def total_legs(animals: list[Animal]) -> int:
    return sum([a.legs for a in animals])


def loudest(animals: list[Animal]) -> Animal:
    best = animals[0]
    for a in animals:
        if len(a.sound()) > len(best.sound()):
            best = a
    return best


def rename(a: Animal, name: str):
    a.name = name


pets: list[Animal] = [Dog("rex"), Bird("kiwi"), Animal("blob", 0)]
for p in pets:
    print(introduce(p))
print(total_legs(pets))
lo = loudest(pets)
print(lo.name, type(lo).__name__)
rename(pets[0], "max")
print(introduce(pets[0]))
