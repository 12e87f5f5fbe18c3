# @property with @x.setter: validation and clamping in the setter, backing field behind it.
class Thermostat:
    def __init__(self, target: int):
        self._target = 0
        self.changes = 0
        self.target = target

    @property
    def target(self) -> int:
        return self._target

    @target.setter
    def target(self, value: int):
        if value < 10:
            print("too low, clamping", value)
            value = 10
        if value > 30:
            print("too high, clamping", value)
            value = 30
        self._target = value
        self.changes += 1


class Name:
    def __init__(self, first: str, last: str):
        self.first = first
        self.last = last

    @property
    def full(self) -> str:
        return self.first + " " + self.last

    @full.setter
    def full(self, value: str):
        parts = value.split(" ")
        self.first = parts[0]
        self.last = parts[1]


t = Thermostat(21)
print(t.target, t.changes)
t.target = 5
print(t.target)
t.target = 45
print(t.target)
t.target += 3
print(t.target, t.changes)
n = Name("Ada", "Lovelace")
print(n.full)
n.full = "Grace Hopper"
print(n.first, n.last, n.full)
n.last = "Brewster"
print(n.full)
