# Class attributes are inherited, can be overridden in a subclass, and self.attr finds the most derived one.
class Unit:
    health = 100
    speed = 1
    kind = "unit"
    created = 0

    def __init__(self):
        Unit.created += 1
        self.hp = self.health

    def describe(self) -> str:
        return f"{self.kind}: hp={self.hp} speed={self.speed}"


class Scout(Unit):
    speed = 3
    kind = "scout"


class Tank(Unit):
    health = 300
    kind = "tank"


units: list[Unit] = [Unit(), Scout(), Tank(), Scout()]
for u in units:
    print(u.describe())
print(Unit.created, Scout.created, Tank.health, Scout.health)
Unit.speed = 2
print([u.speed for u in units])
Scout.kind = "ranger"
print(units[1].describe(), units[3].kind, Unit.kind)
