# A subclass overrides a method; the base instance keeps the base behaviour, other methods are shared.
class Animal:
    def __init__(self, name: str):
        self.name = name

    def sound(self) -> str:
        return "..."

    def speak(self) -> str:
        return f"{self.name} says {self.sound()}"


class Dog(Animal):
    def sound(self) -> str:
        return "woof"


class Cat(Animal):
    def sound(self) -> str:
        return "meow"

    def speak(self) -> str:
        return f"{self.name} purrs then says {self.sound()}"


a = Animal("generic")
d = Dog("rex")
c = Cat("tom")
print(a.speak())
print(d.speak())
print(c.speak())
print(a.sound(), d.sound(), c.sound())
print(type(d).__name__, type(c).__name__, type(a).__name__)
d.name = "max"
print(d.speak())
