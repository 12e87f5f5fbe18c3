# A decorator factory takes an argument and returns the real decorator.
from typing import Callable


def repeat(times: int) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    def decorate(f: Callable[[str], str]) -> Callable[[str], str]:
        def wrapper(s: str) -> str:
            parts: list[str] = []
            for _ in range(times):
                parts.append(f(s))
            return "|".join(parts)

        return wrapper

    return decorate


@repeat(3)
def shout(s: str) -> str:
    return s.upper()


@repeat(1)
def whisper(s: str) -> str:
    return s.lower() + "..."


print(shout("hi"))
print(whisper("HELLO"))
twice = repeat(2)
echo = twice(lambda s: "<" + s + ">")
print(echo("x"))
print(repeat(0)(shout)("never") == "")
