# Nested try blocks in a generator; an exception raised in the body (not thrown in) is caught by the outer try.
from typing import Iterator


def check(w: str) -> None:
    if w == "bad":
        raise ValueError("bad word: " + w)
    if w == "":
        raise KeyError("empty")


def parse_all(words: list[str]) -> Iterator[int]:
    for w in words:
        try:
            failed = False
            try:
                yield len(w)
                check(w)
                yield len(w) * 2
            except KeyError as e:
                print("inner caught KeyError", e)
                failed = True
            finally:
                print(f"inner finally [{w}]")
            if failed:
                yield -1
        except ValueError as e:
            print("outer caught ValueError:", e)
    print("parse_all done")


for v in parse_all(["ab", "bad", "", "xyz"]):
    print("value", v)
