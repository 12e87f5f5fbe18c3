# Keyword-only parameters (after `*`) and positional-only ones (before `/`), with defaults.
def join(a: str, b: str, *, sep: str = ",", end: str = "") -> str:
    return a + sep + b + end


def clamp(value: float, /, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def render(text: str, *, width: int, fill: str = " ") -> str:
    return text.center(width, fill)


print(join("x", "y"))
print(join("x", "y", sep="-"))
print(join("x", "y", end=";", sep=" | "))
print(clamp(1.5), clamp(-2.0), clamp(0.25, high=0.2), clamp(0.5, 0.6))
print("[" + render("hi", width=6) + "]", "[" + render("hi", fill="*", width=7) + "]")
