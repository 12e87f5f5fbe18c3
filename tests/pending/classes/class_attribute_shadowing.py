# An instance attribute assigned with self.x shadows a class attribute of the same name for that instance only.
class Config:
    level = 1
    mode = "normal"

    def __init__(self, name: str):
        self.name = name

    def raise_level(self):
        self.level = self.level + 1

    def describe(self) -> str:
        return f"{self.name}: level={self.level} mode={self.mode}"


a = Config("a")
b = Config("b")
print(a.describe(), b.describe())
a.raise_level()
print(a.describe(), b.describe(), Config.level)
Config.level = 5
print(a.describe(), b.describe())
b.raise_level()
print(b.level, Config.level)
Config.mode = "fast"
print(a.describe(), b.describe())
a.mode = "slow"
Config.mode = "eco"
print(a.mode, b.mode, Config.mode)
