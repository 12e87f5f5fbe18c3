# Conditions like `x is not None and x.value > 3` and `x is None or ...` short-circuit safely on Optional instances.
class Sensor:
    def __init__(self, id: str, value: int):
        self.id = id
        self.value = value
        self.backup: Sensor | None = None


def hot(s: Sensor | None) -> bool:
    return s is not None and s.value > 3


def cold_or_missing(s: Sensor | None) -> bool:
    return s is None or s.value <= 0


def backup_value(s: Sensor | None) -> int:
    if s is not None and s.backup is not None and s.backup.value > 0:
        return s.backup.value
    return -1


a = Sensor("a", 5)
b = Sensor("b", 2)
c = Sensor("c", -1)
a.backup = b
b.backup = c
slots: list[Sensor | None] = [a, None, b, c, None]
print([hot(s) for s in slots])
print([cold_or_missing(s) for s in slots])
print([backup_value(s) for s in slots])
print(len([s for s in slots if s is not None and s.value > 0]))
maybe: Sensor | None = None
print(maybe is not None and maybe.value > 3, maybe is None or maybe.value > 100)
maybe = a
print(maybe is not None and maybe.value > 3, maybe is None or maybe.value > 100)
if a.backup is not None and a.backup.backup is not None:
    print("second backup of a:", a.backup.backup.id, a.backup.backup.value)
print(c.backup is not None and c.backup.value > 0, not (c.backup is None))
