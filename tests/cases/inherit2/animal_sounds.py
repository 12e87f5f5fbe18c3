# Animals with overridden sounds and inherited speak(); a farm chorus over a base-typed list and parameter.
class Animal:
    legs = 4

    def __init__(self, name: str):
        self.name = name

    def sound(self) -> str:
        return "..."

    def speak(self, times: int) -> str:
        return f"{self.name}: " + " ".join([self.sound()] * times)


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Puppy(Dog):
    def sound(self) -> str:
        return super().sound().upper() + "!"


class Cat(Animal):
    def sound(self) -> str:
        return "meow"


class Bird(Animal):
    legs = 2

    def sound(self) -> str:
        return "tweet"

    def speak(self, times: int) -> str:
        return super().speak(times + 1) + " (flutter)"


class Fish(Animal):
    legs = 0


def loudest(animals: list[Animal]) -> Animal:
    best = animals[0]
    for a in animals:
        if len(a.sound()) > len(best.sound()):
            best = a
    return best


def chorus(animals: list[Animal], times: int) -> list[str]:
    return [a.speak(times) for a in animals]


farm: list[Animal] = [Dog("rex"), Cat("tom"), Bird("tweety"), Puppy("bit"), Fish("nemo")]
for line in chorus(farm, 2):
    print(line)
print(loudest(farm).name)
print([a.legs for a in farm], sum([a.legs for a in farm]))
print(Animal.legs, Bird.legs, Puppy.legs)
pet: Animal = Cat("kit")
print(pet.speak(1))
pet = Puppy("dot")
print(pet.speak(3), isinstance(pet, Dog))
print([a.name for a in farm if isinstance(a, Dog)])
