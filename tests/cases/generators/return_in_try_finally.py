# return inside a try with finally in a generator: finally prints before StopIteration reaches the caller.
from typing import Generator


def search(items: list[str], target: str) -> Generator[str, None, int]:
    idx = 0
    for s in items:
        try:
            if s == target:
                print("found", target)
                return idx
            yield s
        finally:
            print("finally for", s)
        idx = idx + 1
    return -1


def run(items: list[str], target: str) -> None:
    g = search(items, target)
    done = False
    while not done:
        try:
            print("yielded", next(g))
        except StopIteration as e:
            print("returned", e.value)
            done = True


run(["a", "b", "c", "d"], "c")
print("---")
run(["x", "y"], "z")
print("---")
run(["q"], "q")
