# A container field that may be None, indexed, assigned into and iterated:
# None raises CPython's TypeErrors.
class Done(object):
    def __init__(self, count, empty=False):
        self.count = count
        self.cells = None if empty else [[0, 1, 2] for i in range(count)]

    def clone(self):
        ret = Done(self.count, True)
        ret.cells = [self.cells[i][:] for i in range(self.count)]
        return ret

    def __getitem__(self, i):
        return self.cells[i]

    def set_done(self, i, v):
        self.cells[i] = [v]

    def already_done(self, i):
        return len(self.cells[i]) == 1


d = Done(3)
c = d.clone()
c.set_done(1, 7)
print(d[1], c[1], c.already_done(1), d.already_done(1))
for cell in c.cells:
    print(cell)
e = Done(2, True)
try:
    print(e[0])
except TypeError as err:
    print("TypeError:", err)
try:
    e.set_done(0, 1)
except TypeError as err:
    print("TypeError:", err)
