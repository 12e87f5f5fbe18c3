# Lists made by list() and filled with instances of different subclasses,
# passed to one function: their item type widens to the common base.
class Constraint:
    def __init__(self, s):
        self.s = s
        self.out = None

    def is_satisfied(self):
        return self.s > 0


class Edit(Constraint):
    def execute(self):
        print("edit", self.s)


class Stay(Constraint):
    def execute(self):
        print("stay", self.s)


class Variable:
    def __init__(self):
        self.constraints = []
        self.determined_by = None


def consuming(v, coll):
    determining = v.determined_by
    for c in v.constraints:
        if c != determining and c.is_satisfied():
            coll.append(c)


def make_plan(sources, v):
    todo = sources
    while len(todo):
        c = todo.pop(0)
        c.execute()
        if c.s > 5:
            consuming(v, todo)


def extract(constraints, v):
    sources = list()
    for c in constraints:
        if c.is_satisfied():
            sources.append(c)
    make_plan(sources, v)


def propagate(c, v):
    todo = list()
    todo.append(c)
    while len(todo):
        d = todo.pop(0)
        d.execute()
        if d.s > 5:
            consuming(v, todo)


v = Variable()
v.constraints.append(Stay(1))
v.constraints.append(Edit(2))
edits = list()
edits.append(Edit(7))
extract(edits, v)
propagate(Stay(8), v)
