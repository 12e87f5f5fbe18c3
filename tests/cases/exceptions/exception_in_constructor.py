# A constructor that raises leaves the name unassigned; valid objects are still created.
class Temperature:
    def __init__(self, celsius: float) -> None:
        if celsius < -273.15:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius

    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32


readings: list[Temperature] = []
for c in [20.0, -300.0, 100.0, -273.15, -500.5]:
    try:
        t = Temperature(c)
        readings.append(t)
        print("created", c, "->", t.fahrenheit())
    except ValueError as e:
        print("rejected:", e)
print(len(readings), [r.celsius for r in readings])
