# Generator pipeline: a producer with try/finally feeds a consumer coroutine driven with send().
from typing import Generator, Iterator


def producer(words: list[str]) -> Iterator[str]:
    print("producer open")
    try:
        for w in words:
            yield w.upper()
    finally:
        print("producer closed")


def collector(sep: str) -> Generator[int, str, str]:
    parts: list[str] = []
    while True:
        item = yield len(parts)
        if item == "STOP":
            break
        parts.append(item)
    return sep.join(parts)


sink = collector("-")
print("sink ready", next(sink))
for word in producer(["alpha", "beta", "gamma"]):
    print("forward", word, "->", sink.send(word))
try:
    sink.send("STOP")
except StopIteration as e:
    print("joined:", e.value)

src = producer(["one", "two", "three"])
print("first", next(src))
src.close()
print("after close", next(src, "none"))
