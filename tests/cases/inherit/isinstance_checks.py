# isinstance against the exact class, a base class, an unrelated class and a tuple of classes.
class Animal:
    def __init__(self, name: str):
        self.name = name


class Mammal(Animal):
    pass


class Bird(Animal):
    pass


class Dog(Mammal):
    pass


class Rock:
    pass


zoo: list[Animal] = [Dog("rex"), Bird("tweety"), Mammal("generic"), Animal("thing")]
for a in zoo:
    print(a.name, isinstance(a, Animal), isinstance(a, Mammal), isinstance(a, Dog), isinstance(a, Bird))
r = Rock()
print(isinstance(r, Rock), isinstance(r, Animal))
print(isinstance(zoo[0], (Bird, Dog)), isinstance(zoo[2], (Bird, Dog)))
mammals = [a.name for a in zoo if isinstance(a, Mammal)]
print(mammals)
print(isinstance(3, int), isinstance("s", Animal))
print(sum([1 for a in zoo if not isinstance(a, Mammal)]))
