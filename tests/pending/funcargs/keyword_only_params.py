# Parameters after a bare * are keyword-only; they may have defaults or be required.
def join(a: str, b: str, *, sep: str = ",", end: str = "") -> str:
    return a + sep + b + end


def scaled(x: int, *, factor: int) -> int:
    return x * factor


print(join("x", "y"))
print(join("x", "y", sep="-"))
print(join("x", "y", end=";", sep=" | "))
print(scaled(4, factor=3))
print(scaled(x=5, factor=2))
try:
    print(join("x", "y", "-"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(scaled(4))
except TypeError as e:
    print("TypeError:", e)
try:
    print(scaled(4, 3))
except TypeError as e:
    print("TypeError:", e)
