# A coroutine receiving values through send() and yielding the running average.
from typing import Generator


def averager() -> Generator[float, float, None]:
    total = 0.0
    count = 0
    average = 0.0
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
for v in [10.0, 20.0, 60.0, 5.0]:
    print("sent", v, "average", avg.send(v))
avg2 = averager()
avg2.send(None)
print(avg2.send(3.0))
print(avg2.send(4.0))
