# Instances passed to functions: the function sees and can mutate the same object.
class Counter:
    def __init__(self, name: str):
        self.name = name
        self.value = 0


def bump(c: Counter, n: int):
    c.value += n


def reset(c: Counter):
    c.value = 0


def rebind(c: Counter):
    c = Counter("other")
    c.value = 999


def make(name: str, start: int) -> Counter:
    c = Counter(name)
    c.value = start
    return c


def total(cs: list[Counter]) -> int:
    s = 0
    for c in cs:
        s += c.value
    return s


a = Counter("a")
bump(a, 5)
bump(a, 3)
print(a.name, a.value)
rebind(a)
print(a.name, a.value)
reset(a)
print(a.value)
b = make("b", 40)
cs = [a, b, make("c", 2)]
for c in cs:
    bump(c, 1)
print([c.value for c in cs], total(cs))
print(a.value, b.value)
