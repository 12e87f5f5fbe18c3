# A closure appends to a list owned by the enclosing scope; mutation needs no nonlocal.
from typing import Callable


def make_logger() -> tuple[Callable[[str], None], Callable[[], list[str]]]:
    lines: list[str] = []

    def log(msg: str) -> None:
        lines.append(str(len(lines)) + ": " + msg)

    def dump() -> list[str]:
        return lines

    return log, dump


log, dump = make_logger()
log("start")
log("working")
log("stop")
for line in dump():
    print(line)
snapshot = dump()
log("late")
print(len(snapshot), snapshot[-1])

other_log, other_dump = make_logger()
other_log("only")
print(other_dump(), len(dump()))
