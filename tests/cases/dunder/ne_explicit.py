# An explicit __ne__ is called for != even when it disagrees with __eq__.
class Weird:
    def __init__(self, v: int):
        self.v = v

    def __eq__(self, other: "Weird") -> bool:
        print("eq called")
        return self.v == other.v

    def __ne__(self, other: "Weird") -> bool:
        print("ne called")
        return self.v < other.v


a = Weird(1)
b = Weird(2)
print(a == b)
print(a != b)
print(b != a)
print(not (a == a))
print(a != a)
