# raise TypeError with a message built from several values.
def require_positive(x: float) -> float:
    if x <= 0.0:
        raise TypeError("expected a positive value, got " + repr(x))
    return x * 2


print(require_positive(1.5))
print(require_positive(1e-300))
print(require_positive(-0.0))
