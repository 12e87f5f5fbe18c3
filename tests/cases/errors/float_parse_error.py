# float("x") raises ValueError.
print(float("1.5"), float("-inf"), float("nan"), float("1e3"))
bad = "x"
print("parsing", repr(bad))
print(float(bad))
