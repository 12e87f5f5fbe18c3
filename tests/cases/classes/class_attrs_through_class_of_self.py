# `self.__class__.X` and `type(self).X` in a class nothing derives from,
# class attributes set after the class, and a list subclass that adds
# nothing.


class OrderedCollection(list):
    pass


class Strength(object):
    REQUIRED = None
    WEAKEST = None

    def __init__(self, strength, name):
        super(Strength, self).__init__()
        self.strength = strength
        self.name = name

    def next_weaker(self):
        strengths = {0: self.__class__.WEAKEST, 1: type(self).REQUIRED}
        return strengths[self.strength]


Strength.REQUIRED = Strength(0, "required")
Strength.WEAKEST = Strength(1, "weakest")

items = OrderedCollection()
items.append(Strength.REQUIRED)
items.append(Strength.WEAKEST)
for s in items:
    print(s.name, "->", s.next_weaker().name)
print(len(items), items[0].strength)
