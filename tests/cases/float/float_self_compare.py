# Comparing a float variable bound to a literal with itself (rustc: `is_nan` on ambiguous numeric type `{float}`).
v = 1.5
print(v == v, v != v)
w = -0.0
print(1 if w == w else 2)
