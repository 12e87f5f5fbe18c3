# Fields first set to None in __init__ and later assigned an object or a value.
class Engine:
    def __init__(self, hp):
        self.hp = hp

    def describe(self):
        return str(self.hp) + "hp"


class Car:
    def __init__(self, model):
        self.model = model
        self.engine = None
        self.owner = None

    def install(self, engine):
        self.engine = engine

    def sell_to(self, person):
        self.owner = person

    def summary(self):
        eng = "no engine" if self.engine is None else self.engine.describe()
        who = "unsold" if self.owner is None else "owned by " + self.owner
        return self.model + ": " + eng + ", " + who


car = Car("roadster")
print(car.summary(), car.engine is None)
car.install(Engine(300))
print(car.summary())
car.sell_to("dana")
print(car.summary())
car.install(Engine(450))
print(car.engine.hp, car.owner)
car.engine = None
print(car.summary())
