# Without __eq__, == and != between instances (or None, or a value that may
# be None) compare identity.
class C:
    def __init__(self, n):
        self.n = n
        self.other = None


class D(C):
    pass


a = C(1)
b = C(2)
a.other = b
print(a == b, a != b, a == a, a.other == b, b == a.other, a.other != a)
print(a == None, None == a, a != None, b.other == a, b.other == None)
xs = [a, b, D(3)]
print([x == a for x in xs], [x.other != b for x in xs], [x.other == None for x in xs])
