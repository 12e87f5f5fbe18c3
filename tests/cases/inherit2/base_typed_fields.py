# Fields typed as a base class hold different subclasses over time; methods reach them through the field.
class Engine:
    def __init__(self, power: int):
        self.power = power

    def kind(self) -> str:
        return "engine"

    def range_km(self, fuel: int) -> int:
        return fuel * 10


class Petrol(Engine):
    def kind(self) -> str:
        return "petrol"

    def range_km(self, fuel: int) -> int:
        return fuel * 12


class Electric(Engine):
    def __init__(self, power: int, battery: int):
        super().__init__(power)
        self.battery = battery

    def kind(self) -> str:
        return f"electric({self.battery}kWh)"

    def range_km(self, fuel: int) -> int:
        return self.battery * 6


class Hybrid(Petrol):
    def kind(self) -> str:
        return "hybrid"

    def range_km(self, fuel: int) -> int:
        return super().range_km(fuel) + 80


class Car:
    def __init__(self, model: str, engine: Engine):
        self.model = model
        self.engine = engine
        self.swaps = 0

    def swap(self, e: Engine) -> Engine:
        old = self.engine
        self.engine = e
        self.swaps += 1
        return old

    def info(self, fuel: int) -> str:
        return f"{self.model}: {self.engine.kind()} {self.engine.power}hp range {self.engine.range_km(fuel)}"


car = Car("Vega", Petrol(120))
print(car.info(40))
old = car.swap(Electric(200, 75))
print(car.info(40), "| old:", old.kind())
car.swap(Hybrid(150))
print(car.info(40), car.swaps)
fleet = [Car("A", Engine(90)), Car("B", Electric(300, 100)), car]
for c in fleet:
    print(c.info(10))
print([c.model for c in fleet if isinstance(c.engine, Petrol)])
best = fleet[0]
for c in fleet:
    if c.engine.range_km(50) > best.engine.range_km(50):
        best = c
print(best.model, type(best.engine).__name__)
