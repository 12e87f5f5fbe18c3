# With only __lt__ and __le__ defined, `a > b` and `a >= b` use the reflected b.__lt__(a) / b.__le__(a).
class Height:
    def __init__(self, cm: int):
        self.cm = cm

    def __lt__(self, other: "Height") -> bool:
        print(f"lt({self.cm}, {other.cm})")
        return self.cm < other.cm

    def __le__(self, other: "Height") -> bool:
        print(f"le({self.cm}, {other.cm})")
        return self.cm <= other.cm


a = Height(170)
b = Height(180)
print(a < b)
print(a > b)
print(b > a)
print(a <= b)
print(a >= b)
print(b >= b)
