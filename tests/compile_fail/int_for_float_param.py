def scale(x: float) -> float:
    return x * 2.0


print(scale(3))
