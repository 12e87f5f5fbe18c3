# __post_init__ computes derived fields declared with field(init=False); they appear in repr and eq.
from dataclasses import dataclass, field


@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    square: bool = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h
        self.square = self.w == self.h


@dataclass
class Invoice:
    customer: str
    amounts: list[int]
    tax_percent: int = 20
    subtotal: int = field(init=False, default=0)
    total: int = field(init=False, default=0)

    def __post_init__(self):
        self.recompute()

    def recompute(self):
        self.subtotal = sum(self.amounts)
        self.total = self.subtotal + self.subtotal * self.tax_percent // 100

    def add(self, amount: int):
        self.amounts.append(amount)
        self.recompute()


r = Rect(3, 4)
print(r)
print(Rect(5, 5), Rect(5, 5).square, r.area)
print(Rect(2, 6) == Rect(3, 4), Rect(2, 6).area == Rect(3, 4).area)
inv = Invoice("acme", [100, 250, 50])
print(inv)
inv.add(200)
print(inv.subtotal, inv.total, inv.amounts)
free = Invoice("gov", [999], tax_percent=0)
print(free)
print([Rect(i, 2).area for i in range(1, 5)])
big = [x for x in [Rect(1, 9), Rect(4, 4), Rect(2, 3)] if x.area > 8]
print(big)
