# BUG: `obj is some_list` (left operand run-time typed) is translated as
# `obj is None`.
ys = [1]
vals = [ys, "s", None]
print(vals[0] is ys, vals[1] is ys, vals[2] is ys, vals[0] is not ys)
a = [1, 2]
a.append(a)
print(a[2] is a)
