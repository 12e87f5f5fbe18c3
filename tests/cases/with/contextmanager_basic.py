# contextlib.contextmanager generators with try/finally around the yield.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def tag(name: str) -> Iterator[str]:
    print("<" + name + ">")
    try:
        yield name
    finally:
        print("</" + name + ">")


with tag("html"):
    with tag("body") as b:
        print("content inside", b)
try:
    with tag("div"):
        print("about to fail")
        raise ValueError("bad markup")
except ValueError as e:
    print("caught", e)
with tag("p") as p, tag("span") as s:
    print(p, s)
