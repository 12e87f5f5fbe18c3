# int() of nan raises ValueError: cannot convert float NaN to integer.
vals = [1.5, -2.5, float("nan")]
for v in vals:
    print(v, v == v, v != v)
for v in vals:
    print(int(v))
