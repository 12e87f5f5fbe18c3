# @contextmanager functions used inside functions and loops, with defaults, a setup/teardown
# log, exceptions the generator handles, and exceptions it lets through.
import contextlib
from typing import Iterator

depth = 0


@contextlib.contextmanager
def indented(label: str, step: int = 2) -> Iterator[int]:
    global depth
    depth += step
    print(" " * depth + "enter " + label)
    try:
        yield depth
    except KeyError as missing:
        print(" " * depth + "recovered from missing key " + str(missing))
    finally:
        print(" " * depth + "leave " + label)
        depth -= step


def lookup(table: dict[str, int], keys: list[str]) -> int:
    total = 0
    for key in keys:
        with indented(key) as level:
            total += table[key] * level
    return total


print(lookup({"a": 1, "b": 2}, ["a", "b"]))
print(lookup({"a": 1}, ["a", "zzz", "a"]))
try:
    with indented("outer", 4):
        with indented("inner"):
            raise ValueError("not handled here")
except ValueError as err:
    print("caught outside:", err, "depth", depth)
