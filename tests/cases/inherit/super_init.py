# super().__init__(...) initialises base fields before the subclass adds its own.
class Vehicle:
    def __init__(self, make: str, wheels: int):
        print("Vehicle init", make)
        self.make = make
        self.wheels = wheels
        self.odometer = 0

    def drive(self, km: int):
        self.odometer += km


class Car(Vehicle):
    def __init__(self, make: str, seats: int):
        super().__init__(make, 4)
        print("Car init", seats)
        self.seats = seats


class Truck(Vehicle):
    def __init__(self, make: str, load: int):
        self.load = load
        super().__init__(make, 6)
        self.odometer = 1000


car = Car("vw", 5)
truck = Truck("man", 12)
car.drive(120)
truck.drive(30)
print(car.make, car.wheels, car.seats, car.odometer)
print(truck.make, truck.wheels, truck.load, truck.odometer)
fleet: list[Vehicle] = [car, truck, Vehicle("bike", 2)]
print(sum([v.wheels for v in fleet]), [v.odometer for v in fleet])
