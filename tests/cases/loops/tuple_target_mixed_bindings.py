# A tuple loop target mixing a name only the loop assigns with one assigned elsewhere too.
from enum import Enum


class Category(Enum):
    A = "a"
    B = "b"


def report(by: dict[Category, int]) -> None:
    for cat, cents in sorted(by.items(), key=lambda kv: -kv[1]):
        print(f"{cat.value:<4}{cents}")
    ranked = sorted([("x", 1)], key=lambda kv: (-kv[1], kv[0]))
    for rank, (name, cents) in enumerate(ranked, start=1):
        print(rank, name, cents)


report({Category.A: 3, Category.B: 5})
