# nonlocal rebinding of an immutable string accumulates text across calls.
from typing import Callable


def builder(sep: str) -> tuple[Callable[[str], None], Callable[[], str]]:
    text = ""

    def add(part: str) -> None:
        nonlocal text
        if text:
            text += sep
        text += part

    def get() -> str:
        return text

    return add, get


add, get = builder(", ")
print(repr(get()))
add("one")
print(repr(get()))
add("two")
add("three")
print(repr(get()))
add2, get2 = builder("-")
for ch in "abc":
    add2(ch * 2)
print(get2(), "|", get())
