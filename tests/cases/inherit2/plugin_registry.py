# A plugin registry: a dict of name -> Plugin subclass instances, each transforming text; pipelines run in order.
class Plugin:
    def __init__(self, name: str):
        self.name = name
        self.calls = 0

    def transform(self, text: str) -> str:
        return text

    def run(self, text: str) -> str:
        self.calls += 1
        return self.transform(text)


class Upper(Plugin):
    def transform(self, text: str) -> str:
        return text.upper()


class Reverse(Plugin):
    def transform(self, text: str) -> str:
        return text[::-1]


class Replace(Plugin):
    def __init__(self, name: str, old: str, new: str):
        super().__init__(name)
        self.old = old
        self.new = new

    def transform(self, text: str) -> str:
        return text.replace(self.old, self.new)


class Registry:
    def __init__(self):
        self.plugins: dict[str, Plugin] = {}

    def register(self, p: Plugin) -> bool:
        if p.name in self.plugins:
            return False
        self.plugins[p.name] = p
        return True

    def get(self, name: str) -> Plugin:
        if name in self.plugins:
            return self.plugins[name]
        return Plugin("identity")

    def pipeline(self, names: list[str], text: str) -> str:
        for n in names:
            text = self.get(n).run(text)
        return text


reg = Registry()
print(reg.register(Upper("upper")), reg.register(Reverse("rev")), reg.register(Replace("dash", " ", "-")))
print(reg.register(Upper("upper")), sorted(reg.plugins.keys()))
print(reg.pipeline(["upper"], "hello world"))
print(reg.pipeline(["dash", "rev"], "a b c"))
print(reg.pipeline(["rev", "missing", "upper", "dash"], "make it so"))
print(reg.pipeline([], "unchanged"))
print([(p.name, p.calls, type(p).__name__) for p in reg.plugins.values()])
reg.register(Replace("vowel", "o", "0"))
print(reg.pipeline(["vowel", "upper"], "foo boo"), reg.get("vowel").calls)
