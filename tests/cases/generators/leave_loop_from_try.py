# break and continue inside a try (that does not yield) leave a generator's loop, through finally.
from typing import Iterator, Generator


def gen(xs: list[int]) -> Iterator[int]:
    for x in xs:
        try:
            y = 10 // x
        except ZeroDivisionError:
            print("skip", x)
            continue
        if y > 5:
            try:
                if y > 8:
                    break
            finally:
                print("fin", y)
        yield y
    else:
        print("no break")
    print("end")


def proto(xs: list[int]) -> Generator[int, int, str]:
    total = 0
    for x in xs:
        try:
            if x == 0:
                continue
            if x < 0:
                break
        finally:
            print("inner finally", x)
        try:
            got = yield x
            total += got if got is not None else 0
        finally:
            print("outer finally", x)
    return f"total {total}"


print(list(gen([1, 0, 5])))
print(list(gen([2, 0, 5])))
g = proto([1, 0, 2, -1, 3])
print(next(g))
print(g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("stopped:", e.value)
