# Multiple inheritance with mixin classes supplying extra methods that use fields of the main class.
class Named:
    def __init__(self, name: str):
        self.name = name

    def title(self) -> str:
        return self.name.title()


class JsonMixin:
    def to_json(self) -> str:
        return "{" + ", ".join([f'"{k}": "{v}"' for k, v in self.pairs()]) + "}"

    def pairs(self) -> list[tuple[str, str]]:
        return []


class ShoutMixin:
    def shout(self) -> str:
        return self.describe().upper() + "!"

    def describe(self) -> str:
        return "nothing"


class User(Named, JsonMixin, ShoutMixin):
    def __init__(self, name: str, role: str):
        super().__init__(name)
        self.role = role

    def pairs(self) -> list[tuple[str, str]]:
        return [("name", self.name), ("role", self.role)]

    def describe(self) -> str:
        return self.title() + " the " + self.role


u = User("ada lovelace", "admin")
print(u.title())
print(u.to_json())
print(u.shout())
print(isinstance(u, JsonMixin), isinstance(u, ShoutMixin), isinstance(u, Named))
print([c.__name__ for c in User.__mro__])
print(JsonMixin().to_json(), ShoutMixin().shout())
