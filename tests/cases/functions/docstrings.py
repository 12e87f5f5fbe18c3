"""Module docstring: functions with docstrings behave normally."""


def add(a: int, b: int) -> int:
    """Add two ints."""
    return a + b


def describe(x: float) -> str:
    """
    Multi-line docstring.

    It says nothing about the result.
    """
    if x < 0.0:
        return "negative"
    return "non-negative"


def nothing() -> None:
    """Only a docstring and a pass."""
    pass


def shout(s: str) -> str:
    'Single-quoted docstring.'
    return s + "!"


print(add(2, 3), add(-10, 4))
print(describe(-1.5), describe(0.0))
print(nothing())
print(shout("hey"), shout(shout("hey")))
