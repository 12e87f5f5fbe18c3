# A closure captures the variable, not its value: a later rebinding in the enclosing scope is seen.
from typing import Callable


def make() -> Callable[[], int]:
    x = 1

    def get() -> int:
        return x

    print("before change:", get())
    x = 2
    print("after change:", get())
    x = 100
    return get


g = make()
print("returned closure sees:", g())


def words() -> list[str]:
    word = "alpha"
    shout = lambda: word.upper() + "!"
    out = [shout()]
    word = "beta"
    out.append(shout())
    word = "gamma"
    out.append(shout())
    return out


print(words())
