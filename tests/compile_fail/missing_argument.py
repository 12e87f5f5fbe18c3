# A call that leaves a parameter without a value or a default.
def area(width: int, height: int, scale: int = 1) -> int:
    return width * height * scale


print(area(3, scale=2))
