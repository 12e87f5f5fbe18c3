# Round-robin interleaving of several generators of unequal length.
from typing import Iterator


def repeat_word(word: str, n: int) -> Iterator[str]:
    for i in range(n):
        yield word + str(i)


def round_robin(gens: list[Iterator[str]]) -> Iterator[str]:
    active = list(gens)
    while active:
        still: list[Iterator[str]] = []
        for g in active:
            v = next(g, None)
            if v is not None:
                yield v
                still.append(g)
        active = still


print(list(round_robin([repeat_word("a", 3), repeat_word("b", 1), repeat_word("c", 2)])))
print(list(round_robin([])))
print(list(round_robin([repeat_word("x", 0), repeat_word("y", 2)])))
