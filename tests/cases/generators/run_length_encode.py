# A generator that run-length encodes a string using state in local variables.
from typing import Iterator


def rle(s: str) -> Iterator[tuple[str, int]]:
    if not s:
        return
    current = s[0]
    count = 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            yield (current, count)
            current = ch
            count = 1
    yield (current, count)


for text in ["aaabccdddd", "x", "", "abab", "zzzzzzzzzz"]:
    parts = list(rle(text))
    print(repr(text), parts)
    print("".join(ch + str(n) for ch, n in parts))
