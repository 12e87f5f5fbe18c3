# issubclass over a small class tree, alongside isinstance on instances held in a base-typed list.
class Vehicle:
    def __init__(self, wheels: int):
        self.wheels = wheels


class Car(Vehicle):
    def __init__(self):
        super().__init__(4)


class SportsCar(Car):
    pass


class Bike(Vehicle):
    def __init__(self):
        super().__init__(2)


class Trike(Bike):
    def __init__(self):
        super().__init__()
        self.wheels = 3


print(issubclass(SportsCar, Car), issubclass(SportsCar, Vehicle), issubclass(Car, SportsCar))
print(issubclass(Trike, Bike), issubclass(Trike, Car), issubclass(Vehicle, Vehicle))
print(issubclass(Bike, (Car, Trike)), issubclass(Trike, (Car, Bike)))
print(issubclass(bool, int), issubclass(int, bool), issubclass(Car, object))
garage: list[Vehicle] = [Car(), SportsCar(), Bike(), Trike(), Vehicle(6)]
for v in garage:
    print(type(v).__name__, v.wheels, isinstance(v, Car), isinstance(v, Bike), issubclass(type(v), Bike))
print(sum([v.wheels for v in garage if isinstance(v, Bike)]))
print([type(v).__name__ for v in garage if not isinstance(v, (Car, Bike))])
print(Trike.__name__, SportsCar.__name__, type(garage[4]).__name__)
