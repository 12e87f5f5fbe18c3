# str(type(x)) and repr(type(x)): builtin classes by name, the program's
# classes and exceptions qualified by __main__, as CPython shows them.
class P:
    pass


class Q(P):
    pass


class Oops(Exception):
    pass


print(str(type(1)), repr(type("a")), str(type(1.5)), str(type([1])))
print(str(type(P())), repr(type(Q())))
for v in [P(), Q()]:
    print(str(type(v)))
try:
    raise Oops("x")
except Exception as e:
    print(str(type(e)))
try:
    raise ValueError("x")
except Exception as e:
    print(str(type(e)))
print("Can't add GVector to " + str(type(None)))
