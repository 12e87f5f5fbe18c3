# Partially consuming a generator with a break, then continuing it in another loop.
from typing import Iterator


def letters() -> Iterator[str]:
    for ch in "abcdefgh":
        yield ch


g = letters()
for ch in g:
    print("first loop", ch)
    if ch == "c":
        break
for ch in g:
    print("second loop", ch)
for ch in g:
    print("third loop never runs", ch)
gen = (i for i in range(6))
first_two = [next(gen), next(gen)]
print(first_two, list(gen))
