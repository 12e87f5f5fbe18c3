# @staticmethod called on the class and on an instance, and from other methods.
class Temp:
    def __init__(self, celsius: float):
        self.celsius = celsius

    @staticmethod
    def c_to_f(c: float) -> float:
        return c * 9 / 5 + 32

    @staticmethod
    def f_to_c(f: float) -> float:
        return (f - 32) * 5 / 9

    @staticmethod
    def is_freezing(c: float) -> bool:
        return c <= 0.0

    def fahrenheit(self) -> float:
        return Temp.c_to_f(self.celsius)

    def describe(self) -> str:
        state = "freezing" if self.is_freezing(self.celsius) else "liquid"
        return f"{self.celsius:.1f}C = {self.fahrenheit():.1f}F ({state})"


class Util:
    @staticmethod
    def clamp(v: int, lo: int, hi: int) -> int:
        return max(lo, min(hi, v))

    @staticmethod
    def digits(n: int) -> list[int]:
        return [int(ch) for ch in str(n)]


print(Temp.c_to_f(100.0), Temp.f_to_c(212.0))
t = Temp(-5.0)
print(t.c_to_f(0.0), t.describe())
print(Temp(37.0).describe())
print(Util.clamp(15, 0, 10), Util.clamp(-3, 0, 10), Util.clamp(4, 0, 10))
print(Util.digits(90210), sum(Util.digits(999)))
temps = [Temp(c) for c in [-10.0, 0.0, 25.5]]
print([round(x.fahrenheit(), 2) for x in temps])
