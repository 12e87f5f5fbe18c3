# A Fraction class normalised by gcd: arithmetic dunders, equality, ordering, hashing and float conversion.
def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num: int, den: int):
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __add__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    def __sub__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __mul__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.num, self.den * o.den)

    def __truediv__(self, o: "Frac") -> "Frac":
        return Frac(self.num * o.den, self.den * o.num)

    def __eq__(self, o: "Frac") -> bool:
        return self.num == o.num and self.den == o.den

    def __lt__(self, o: "Frac") -> bool:
        return self.num * o.den < o.num * self.den

    def __hash__(self) -> int:
        return hash((self.num, self.den))

    def __float__(self) -> float:
        return self.num / self.den

    def __str__(self) -> str:
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


half = Frac(1, 2)
third = Frac(1, 3)
print(half + third, half - third, half * third, half / third)
print(Frac(6, -8), Frac(0, 5), Frac(10, 5))
print(half == Frac(2, 4), third < half, half < third)
total = Frac(0, 1)
for n in range(1, 11):
    total = total + Frac(1, n * (n + 1))
print(total, float(total))
print([str(f) for f in sorted([Frac(3, 4), Frac(-1, 2), Frac(2, 3), Frac(1, 6)])])
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}))
