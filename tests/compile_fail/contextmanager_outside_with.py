from contextlib import contextmanager
from typing import Iterator

@contextmanager
def tag(name: str) -> Iterator[str]:
    yield name

t = tag("a")
