# Two names for one set see adds and removes; s = s | t rebinds, s |= t mutates.
s = {1, 2, 3}
t = s
t.add(4)
print(sorted(s), s is t)
s.discard(1)
print(sorted(t))
u = s.copy()
u.add(100)
print(sorted(s), sorted(u), s == u)
s = s | {50}
print(sorted(s), sorted(t), s is t)
t |= {60}
print(sorted(s), sorted(t))
v = t
v -= {2, 3}
print(sorted(t), sorted(v), v is t)
w = set(v)
w.clear()
print(len(v), len(w))


def grow(xs: set[int], n: int) -> None:
    xs.add(n)


grow(t, 7)
print(sorted(v))
