# functools.wraps copies __name__ and __doc__ onto the wrapper; without it the wrapper's own name shows.
import functools
from typing import Callable


def traced(f: Callable[[int], int]) -> Callable[[int], int]:
    @functools.wraps(f)
    def wrapper(x: int) -> int:
        print("enter", f.__name__, x)
        r = f(x)
        print("leave", f.__name__, r)
        return r

    return wrapper


def untraced(f: Callable[[int], int]) -> Callable[[int], int]:
    def inner(x: int) -> int:
        return f(x)

    return inner


@traced
def square(x: int) -> int:
    """Return x squared."""
    return x * x


@untraced
def cube(x: int) -> int:
    """Return x cubed."""
    return x * x * x


print(square(7))
print(square.__name__, "|", square.__doc__)
print(cube(3))
print(cube.__name__, "|", cube.__doc__)
