# A method's default that names a constant: one the class body bound above
# the def, or a module constant. The default is the value the name had when
# the def ran, whatever the class attribute is set to later.
LIMIT = 10


class Done(object):
    FIRST = 0
    HIGHEST = 2
    LABEL = "cells"

    def next_cell(self, strategy=HIGHEST, label=LABEL):
        return "%s %d" % (label, strategy)

    def clip(self, n, limit=LIMIT):
        return min(n, limit)

    HIGHEST = 5

    def later(self, strategy=HIGHEST):
        return strategy


d = Done()
print(d.next_cell(), d.next_cell(Done.FIRST), d.next_cell(label="x"))
print(d.clip(3), d.clip(30), d.clip(30, 20))
print(d.later(), Done.HIGHEST)
Done.HIGHEST = 7
print(d.next_cell(), d.later(), Done.HIGHEST)
