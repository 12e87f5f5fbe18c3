# issubclass between classes of a small hierarchy, including reflexivity and tuples of classes.
class A:
    pass


class B(A):
    pass


class C(B):
    pass


class D(A):
    pass


class E:
    pass


print(issubclass(B, A), issubclass(C, A), issubclass(C, B))
print(issubclass(A, B), issubclass(D, B), issubclass(E, A))
print(issubclass(A, A), issubclass(C, C))
print(issubclass(D, (B, A)), issubclass(E, (B, D)))
print(issubclass(C, object), issubclass(E, object))
print([cls.__name__ for cls in [A, B, C, D, E] if issubclass(cls, A)])
print(C.__name__, type(C()).__name__, type(D()).__name__)
