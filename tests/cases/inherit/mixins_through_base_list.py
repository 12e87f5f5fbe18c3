# Instances of classes with several bases, held in lists typed by each base, dispatch by the MRO.
class Shape:
    def area(self) -> float:
        return 0.0

    def name(self) -> str:
        return "shape"


class Labelled:
    label: str = "none"

    def tag(self) -> str:
        return "<" + self.label + ">"

    def name(self) -> str:
        return "labelled"


class Square(Shape, Labelled):
    label = "sq"

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Note(Labelled, Shape):
    def __init__(self, text: str) -> None:
        self.text = text

    def tag(self) -> str:
        return "[" + self.text + "]"


shapes: list[Shape] = [Square(2.0), Note("hi"), Shape()]
for s in shapes:
    print(s.name(), s.area(), isinstance(s, Labelled))
labels: list[Labelled] = []
labels.append(Square(3.0))
labels.append(Note("yo"))
labels.append(Labelled())
print([x.tag() for x in labels])
print([x.name() for x in labels])
print(Square.label, Note.label, Square(1.0).label)
