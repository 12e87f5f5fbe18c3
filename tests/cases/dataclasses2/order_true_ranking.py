# @dataclass(order=True) on a record whose first field is the rank key; sort, min/max, comparisons, bisect-like insert.
from dataclasses import dataclass


@dataclass(order=True)
class Score:
    points: int
    time: float
    player: str


@dataclass(order=True)
class Date:
    year: int
    month: int
    day: int


board = [Score(120, 33.5, "ann"), Score(90, 20.0, "bob"), Score(120, 31.0, "cy"), Score(150, 50.2, "dee"),
         Score(90, 20.0, "abe")]
for s in sorted(board, reverse=True):
    print(s.player, s.points, s.time)
print(min(board), max(board))
print(Score(1, 2.0, "z") < Score(1, 2.5, "a"), Score(2, 0.0, "a") > Score(1, 9.9, "z"))
print(Score(3, 1.0, "x") <= Score(3, 1.0, "x"), Score(3, 1.0, "x") == Score(3, 1.0, "x"))
dates = [Date(2024, 2, 29), Date(2023, 12, 31), Date(2024, 1, 15), Date(2024, 2, 1)]
dates.sort()
print(dates)
new = Date(2024, 1, 31)
i = 0
while i < len(dates) and dates[i] < new:
    i += 1
dates.insert(i, new)
print(i, [f"{d.year}-{d.month:02d}-{d.day:02d}" for d in dates])
print(sorted(dates, reverse=True)[0], Date(2024, 3, 1) > dates[-1])
