# send() into a generator that echoes a transformed value and ends on a sentinel.
from typing import Generator


def collector() -> Generator[str, str, list[str]]:
    seen: list[str] = []
    reply = "ready"
    while True:
        word = yield reply
        if word == "stop":
            return seen
        seen.append(word)
        reply = word.upper() + "!" + str(len(seen))


c = collector()
print(next(c))
print(c.send("hello"))
print(c.send("world"))
try:
    c.send("stop")
except StopIteration as e:
    print("finished with", e.value)
print(next(c, "exhausted"))
