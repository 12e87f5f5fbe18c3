# Functions calling other functions, including ones defined later.
def area(w: float, h: float) -> float:
    return w * h


def perimeter(w: float, h: float) -> float:
    return 2 * (w + h)


def report(w: float, h: float) -> str:
    return f"{w}x{h}: area {area(w, h)}, perimeter {perimeter(w, h)}, {shape(w, h)}"


def shape(w: float, h: float) -> str:
    if w == h:
        return "square"
    return "rectangle"


def apply_n(n: int, x: int) -> int:
    for i in range(n):
        x = step(x)
    return x


def step(x: int) -> int:
    return x * 2 + 1


print(report(3.0, 4.0))
print(report(2.5, 2.5))
print(report(0.1, 0.2))
print(apply_n(0, 5), apply_n(1, 5), apply_n(10, 0), apply_n(100, 1))
print(step(step(step(1))))
