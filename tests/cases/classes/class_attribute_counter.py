# Class attributes: read as C.attr and self.attr, updated as C.attr += 1 from __init__.
class Widget:
    count = 0
    prefix = "w"
    limit = 3

    def __init__(self, label: str):
        Widget.count += 1
        self.ident = Widget.count
        self.label = label

    def name(self) -> str:
        return f"{self.prefix}{self.ident}-{self.label}"

    def over_limit(self) -> bool:
        return self.ident > self.limit


print(Widget.count, Widget.prefix)
a = Widget("alpha")
b = Widget("beta")
print(Widget.count, a.count, b.count)
print(a.name(), b.name())
ws = [Widget("x") for _ in range(3)]
print(Widget.count, [w.ident for w in ws])
print([w.over_limit() for w in ws])
Widget.prefix = "W"
print(a.name(), ws[-1].name())
Widget.limit = 10
print(ws[-1].over_limit(), a.limit)
Widget.count = 0
c = Widget("fresh")
print(c.ident, Widget.count)
