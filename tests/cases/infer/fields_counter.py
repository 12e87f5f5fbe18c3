# Unannotated class whose int and str fields are set in __init__ and updated by methods.
class Counter:
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.max_seen = 0

    def incr(self, by=1):
        self.count += by
        if self.count > self.max_seen:
            self.max_seen = self.count

    def decr(self):
        self.count -= 1

    def reset(self):
        self.count = 0

    def label(self):
        return self.name + "=" + str(self.count)


c = Counter("clicks")
for _ in range(3):
    c.incr()
print(c.label(), c.max_seen)
c.incr(10)
c.decr()
print(c.label(), c.max_seen)
c.reset()
print(c.label(), c.max_seen, c.count == 0)
d = Counter("views")
d.incr(5)
print(d.label(), c.label())
counters = [Counter("a"), Counter("b"), Counter("c")]
for i, ctr in enumerate(counters):
    ctr.incr(i * 2)
print([ctr.label() for ctr in counters])
