# Game rules driven by enums: if/elif dispatch on members and a beats-table.
from enum import Enum


class Move(Enum):
    ROCK = "R"
    PAPER = "P"
    SCISSORS = "S"


BEATS: dict[Move, Move] = {
    Move.ROCK: Move.SCISSORS,
    Move.PAPER: Move.ROCK,
    Move.SCISSORS: Move.PAPER,
}


def outcome(a: Move, b: Move) -> str:
    if a is b:
        return "draw"
    elif BEATS[a] is b:
        return "win"
    else:
        return "lose"


def describe(m: Move) -> str:
    if m == Move.ROCK:
        return "a fist"
    elif m == Move.PAPER:
        return "a flat hand"
    return "two fingers"


for m in Move:
    print(m.name, "is", describe(m))
p1 = "RPSSRP"
p2 = "SPRPPR"
score = 0
for i in range(len(p1)):
    res = outcome(Move(p1[i]), Move(p2[i]))
    print(p1[i], p2[i], res)
    if res == "win":
        score += 1
    elif res == "lose":
        score -= 1
print("score:", score)
