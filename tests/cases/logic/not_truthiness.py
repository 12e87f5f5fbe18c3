# Truthiness of each basic type under not, bool() and if.
print(not 0, not 1, not -1, not 2 ** 100)
print(not 0.0, not -0.0, not 0.5, not float("nan"), not float("inf"))
print(not "", not " ", not "0", not "False")
print(not True, not False, not not True, not not 0)
n = None
print(n is None, not (n is None))
for i in range(-2, 3):
    if i:
        print(i, "truthy")
    else:
        print(i, "falsy")
v = 1.0
while v:
    v = v - 0.25
    print(v, bool(v))
s = "abc"
if s:
    print("non-empty", s)
e = ""
if not e:
    print("empty", repr(e))
print(bool(0) == (not 1), bool(3) != (not 3))
