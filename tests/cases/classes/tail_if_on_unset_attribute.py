# A method ending with `if self.a: ... elif self.b: ...` where the
# attributes may never have been set: reading one that was not raises
# AttributeError before its truth is tested.


class Node:
    pass


class Holder:
    def __init__(self, flag):
        if flag:
            self.a = Node()
        self.b = Node()

    def check(self):
        if self.a:
            print("a")
        elif self.b:
            print("b")


Holder(True).check()
try:
    Holder(False).check()
except AttributeError as e:
    print("AttributeError:", e)
