# Two closures created in the same call share one variable: a setter's change is seen by the getter.
from typing import Callable


def make_box(initial: int) -> tuple[Callable[[], int], Callable[[int], None]]:
    value = initial

    def get() -> int:
        return value

    def put(v: int) -> None:
        nonlocal value
        value = v

    return get, put


get1, put1 = make_box(5)
get2, put2 = make_box(50)
print(get1(), get2())
put1(7)
print(get1(), get2())
put2(get1() * 3)
print(get1(), get2())
for i in range(3):
    put1(get1() + i)
print(get1())
