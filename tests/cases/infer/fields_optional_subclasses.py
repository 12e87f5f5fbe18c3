"""A field that starts None and later holds instances of several
subclasses is `Base | None`."""


class Task:
    def __init__(self, name):
        self.name = name

    def run(self):
        return self.name + " ran"


class Fast(Task):
    def run(self):
        return self.name + " ran fast"


class Slow(Task):
    def run(self):
        return self.name + " ran slowly"


class Queue:
    def __init__(self):
        self.current = None
        self.done = []

    def take(self, task):
        if self.current is not None:
            self.done.append(self.current.run())
        self.current = task


q = Queue()
q.take(Fast("a"))
q.take(Slow("b"))
q.take(Task("c"))
print(q.done, q.current.name)
slots = [None] * 3
slots[0] = Fast("x")
slots[2] = Slow("y")
print([s.run() for s in slots if s is not None], slots[1] is None)
