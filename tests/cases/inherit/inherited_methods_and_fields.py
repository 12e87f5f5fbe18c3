# Subclasses without overrides use inherited methods and inherited fields (including ones set by base methods).
class Counter:
    def __init__(self, start: int):
        self.value = start
        self.steps = 0

    def inc(self):
        self.value += 1
        self.steps += 1

    def reset(self):
        self.value = 0
        self.label = "reset"

    def show(self) -> str:
        return f"{self.value} after {self.steps} steps"


class LoudCounter(Counter):
    def shout(self) -> str:
        return self.show().upper() + "!"


class EmptySub(LoudCounter):
    pass


c = LoudCounter(5)
c.inc()
c.inc()
print(c.show(), "|", c.shout())
print(c.value, c.steps)
c.reset()
print(c.value, c.label, c.shout())
e = EmptySub(100)
for _ in range(3):
    e.inc()
print(e.show(), e.shout(), type(e).__name__)
e.value -= 50
print(e.value, isinstance(e, Counter))
