# A contextmanager generator that catches an exception from the block and records it.
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def capture(log: list[str]) -> Iterator[list[str]]:
    log.append("start")
    try:
        yield log
    except ZeroDivisionError as e:
        log.append("caught " + type(e).__name__)
    finally:
        log.append("end")


events: list[str] = []
with capture(events) as lg:
    lg.append("working")
    x = 10 // 0
print(events)
events2: list[str] = []
try:
    with capture(events2):
        raise KeyError("k")
except KeyError:
    events2.append("outer KeyError")
print(events2)
