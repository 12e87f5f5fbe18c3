# Dataclasses with ordinary methods, properties, staticmethods and classmethods.
from dataclasses import dataclass


@dataclass
class Rect:
    width: int
    height: int

    @property
    def area(self) -> int:
        return self.width * self.height

    @property
    def is_square(self) -> bool:
        return self.width == self.height

    def scaled(self, k: int) -> "Rect":
        return Rect(self.width * k, self.height * k)

    def grow(self, dw: int, dh: int) -> None:
        self.width += dw
        self.height += dh

    @staticmethod
    def unit() -> "Rect":
        return Rect(1, 1)

    @classmethod
    def square(cls, side: int) -> "Rect":
        return cls(side, side)


r = Rect(3, 4)
print(r, r.area, r.is_square)
big = r.scaled(3)
print(big, big.area)
r.grow(1, 0)
print(r, r.area, r.is_square)
print(Rect.unit(), Rect.unit().area)
sq = Rect.square(7)
print(sq, sq.is_square, sq.area)
rects = [Rect(2, 5), Rect(4, 4), Rect(1, 9)]
print([x.area for x in rects])
print(sum([x.area for x in rects]))
print([x for x in rects if x.is_square])
