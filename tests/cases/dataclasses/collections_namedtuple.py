# collections.namedtuple with a list of names and with a space-separated string.
from collections import namedtuple

Pair = namedtuple("Pair", ["left", "right"])
Vec = namedtuple("Vec", "x y z")

p = Pair(1, 2)
print(p)
print(p.left, p.right, p[0], p[1])
a, b = p
print(a * 10 + b)
v = Vec(1, 2, 3)
print(v, len(v))
print(v.x + v.y + v.z, sum(v))
print(v._replace(z=30))
print(v._asdict())
print(Vec._fields, Pair._fields)
w = Vec(4, 5, 6)
print(w)
print(Vec(x=7, y=8, z=9))
print(v == (1, 2, 3), v == Vec(1, 2, 3), v != w)
vs = [Vec(3, 0, 0), Vec(1, 9, 9), Vec(1, 2, 0)]
print(sorted(vs))
print(max(vs))
