# A generator abandoned by break inside a helper runs its finally when it is collected, before the helper's result prints.
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    try:
        for i in range(n):
            print("yield", i)
            yield i
    finally:
        print("numbers finally")


def first_over(limit: int) -> int:
    found = -1
    gen = numbers(10)
    for v in gen:
        if v * v > limit:
            found = v
            break
    print("loop exited")
    return found


def first_even_after(start: int) -> int:
    found = -1
    for v in numbers(10):
        if v > start and v % 2 == 0:
            found = v
            break
    return found


print("result", first_over(10))
print("result", first_over(1000))
print("result", first_even_after(2))
print("end")
