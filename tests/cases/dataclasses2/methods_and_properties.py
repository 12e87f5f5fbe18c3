# Dataclass methods, @property getters/setters and staticmethod/classmethod constructors on a record.
from dataclasses import dataclass


@dataclass
class Temperature:
    kelvin: float

    @property
    def celsius(self) -> float:
        return round(self.kelvin - 273.15, 2)

    @celsius.setter
    def celsius(self, value: float):
        self.kelvin = value + 273.15

    @classmethod
    def from_celsius(cls, c: float) -> "Temperature":
        return cls(c + 273.15)

    @staticmethod
    def describe(c: float) -> str:
        if c < 0:
            return "freezing"
        if c < 20:
            return "cool"
        return "warm"

    def warmer(self, delta: float) -> "Temperature":
        return Temperature(self.kelvin + delta)


@dataclass
class Stock:
    symbol: str
    prices: list[float]

    @property
    def last(self) -> float:
        return self.prices[-1]

    @property
    def change(self) -> float:
        return round(self.prices[-1] - self.prices[0], 2)

    def moving_avg(self, n: int) -> float:
        window = self.prices[-n:]
        return round(sum(window) / len(window), 3)


t = Temperature.from_celsius(21.5)
print(t.celsius, Temperature.describe(t.celsius))
t.celsius = -4.0
print(t.celsius, round(t.kelvin, 2), Temperature.describe(t.celsius))
print([Temperature.describe(x.celsius) for x in [Temperature(250.0), Temperature(280.0), Temperature(300.0)]])
w = t.warmer(30.0)
print(round(w.celsius, 1), w == t.warmer(30.0), w is t)
s = Stock("MOLT", [10.0, 10.5, 9.75, 11.25, 12.0])
print(s.symbol, s.last, s.change, s.moving_avg(3), s.moving_avg(10))
s.prices.append(8.5)
print(s.last, s.change, s.moving_avg(2))
print(s)
