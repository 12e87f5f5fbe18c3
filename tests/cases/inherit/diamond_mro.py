# A diamond: D(B, C) with B and C deriving from A; the C3 MRO decides which method runs.
class A:
    def hello(self) -> str:
        return "A.hello"

    def only_a(self) -> str:
        return "A.only_a"

    def who(self) -> str:
        return "A.who"


class B(A):
    def hello(self) -> str:
        return "B.hello"


class C(A):
    def hello(self) -> str:
        return "C.hello"

    def who(self) -> str:
        return "C.who"


class D(B, C):
    pass


class E(C, B):
    pass


print([c.__name__ for c in D.__mro__])
print([c.__name__ for c in E.__mro__])
d = D()
e = E()
print(d.hello(), d.who(), d.only_a())
print(e.hello(), e.who(), e.only_a())
print(isinstance(d, B), isinstance(d, C), isinstance(d, A))
print(issubclass(D, C), issubclass(E, B))
