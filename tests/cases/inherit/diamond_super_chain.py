# Cooperative super() in a diamond follows the MRO, so each class's method runs exactly once.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log: list[str] = ["Base"]

    def greet(self) -> str:
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__ start")
        super().__init__()
        self.log.append("Left")
        print("Left.__init__ end")

    def greet(self) -> str:
        return "Left>" + super().greet()


class Right(Base):
    def __init__(self):
        print("Right.__init__ start")
        super().__init__()
        self.log.append("Right")
        print("Right.__init__ end")

    def greet(self) -> str:
        return "Right>" + super().greet()


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ start")
        super().__init__()
        self.log.append("Bottom")

    def greet(self) -> str:
        return "Bottom>" + super().greet()


b = Bottom()
print(b.log)
print(b.greet())
print([c.__name__ for c in Bottom.__mro__])
print(Left().greet())
