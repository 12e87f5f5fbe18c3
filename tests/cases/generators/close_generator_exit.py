# close() raises GeneratorExit inside the generator, which can be caught to clean up.
from typing import Iterator


def reader(lines: list[str]) -> Iterator[str]:
    i = 0
    try:
        for line in lines:
            i += 1
            yield line
    except GeneratorExit:
        print("GeneratorExit after", i, "lines")
        raise
    print("reader finished normally")


r = reader(["one", "two", "three"])
print(next(r))
print(next(r))
r.close()
r2 = reader(["x", "y"])
print(list(r2))
r2.close()
print("end")
