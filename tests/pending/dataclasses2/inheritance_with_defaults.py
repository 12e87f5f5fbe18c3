# Dataclass inheritance: base defaults followed by subclass defaults, overridden methods, base-typed list of records.
from dataclasses import dataclass, field, asdict


@dataclass
class Vehicle:
    make: str
    wheels: int = 4
    tags: list[str] = field(default_factory=list)

    def label(self) -> str:
        return f"{self.make} ({self.wheels} wheels)"

    def toll(self) -> int:
        return 2 * self.wheels


@dataclass
class Truck(Vehicle):
    load_tons: int = 10

    def toll(self) -> int:
        return super().toll() + self.load_tons


@dataclass
class Bike(Vehicle):
    wheels: int = 2
    electric: bool = False

    def label(self) -> str:
        return ("e-" if self.electric else "") + super().label()


road: list[Vehicle] = [Vehicle("vw"), Truck("man", 18, load_tons=30), Bike("trek"), Bike("vanmoof", electric=True), Truck("iveco")]
for v in road:
    print(v)
for v in road:
    print(v.label(), v.toll())
print(sum([v.toll() for v in road]))
print(asdict(road[3]))
print(Bike("trek") == Bike("trek"), Bike("trek") == Vehicle("trek", 2))
road[0].tags.append("blue")
print(road[0].tags, road[2].tags)
print([type(v).__name__ for v in road if v.wheels > 2])
