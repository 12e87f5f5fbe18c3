# An exception raised in the block is passed to __exit__, which reports its type name.
from typing import Optional


class Reporter:
    def __enter__(self) -> "Reporter":
        print("enter")
        return self

    def __exit__(self, exc_type: Optional[type], exc: Optional[BaseException], tb: object) -> bool:
        if exc_type is not None:
            print("exit saw", exc_type.__name__, "-", exc)
        else:
            print("exit clean")
        return False


for value in ["12", "abc", "7"]:
    try:
        with Reporter():
            n = int(value)
            print("parsed", n)
    except ValueError:
        print("handled outside for", value)
try:
    with Reporter():
        d: dict[str, int] = {}
        print(d["missing"])
except KeyError as e:
    print("KeyError outside", e)
