# update() and dict() with keyword arguments.
d = {"a": 1}
d.update(b=2, c=3)
print(d)
d.update({"x": 9}, a=100)
print(d)
e = dict(one=1, two=2)
print(e, dict(e, three=3))
f = dict([("k", 0)], k=5)
print(f)
