# A bound method passed to a function as a value: the function calls it
# with the instance it was taken from, as Python binds it.


class Counter:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self.total

    def add_pair(self, a, b):
        self.total += a * b
        return self.total

    def reset(self):
        self.total = 0
        return -1


class Loud(Counter):
    def shout(self, word):
        return word.upper() + "!" * self.total


def apply(func, *args):
    return func(*args)


def twice(func, x):
    func(x)
    return func(x)


c = Counter(10)
print(apply(c.add, 5))
print(apply(c.add_pair, 2, 3))
print(twice(c.add, 1))
print(c.total)
print(apply(c.reset))
print(c.total)

loud = Loud(2)
print(apply(loud.shout, "hi"))
print(twice(loud.add, 3), apply(loud.shout, "ok"))


def run():
    local = Counter(100)
    print(apply(local.add, 1), local.total)


run()
