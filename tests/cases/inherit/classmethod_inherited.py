# A classmethod called on a subclass receives the subclass as cls, so alternate constructors build subclasses.
class Shape:
    instances = 0

    def __init__(self, size: int):
        self.size = size
        Shape.instances += 1

    @classmethod
    def unit(cls) -> "Shape":
        return cls(1)

    @classmethod
    def doubled(cls, size: int) -> "Shape":
        return cls(size * 2)

    @staticmethod
    def sides_label(n: int) -> str:
        return f"{n}-sided"

    def sides(self) -> int:
        return 0

    def show(self) -> str:
        return f"{type(self).__name__}({self.size}) {self.sides_label(self.sides())}"


class Triangle(Shape):
    def sides(self) -> int:
        return 3


class Square(Shape):
    def sides(self) -> int:
        return 4


shapes: list[Shape] = [Shape.unit(), Triangle.unit(), Square.doubled(5), Triangle.doubled(2)]
for s in shapes:
    print(s.show())
print(Shape.instances, Square.instances)
print(Square.sides_label(8), Triangle(3).sides_label(3))
print(isinstance(shapes[2], Square), isinstance(shapes[0], Triangle))
