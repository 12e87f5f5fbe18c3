"""A parameter whose default is a module function, kept local for speed
(`def solve(..., bisect=bisect)`), is that function."""
from bisect import bisect


def rotate(ido, rd={1: 2, 2: 3, 3: 1}):
    return [rd[o] for o in ido]


def flip(ido, fd={1: 1, 2: 3, 3: 2}):
    return [fd[o] for o in ido]


def permute(ido, rotate=rotate, flip=flip):
    ps = [ido]
    for _ in range(2):
        ps.append(rotate(ps[-1]))
    for pp in ps[:]:
        ps.append(flip(pp))
    return ps


def place(solutions, s, bisect=bisect):
    solutions.insert(bisect(solutions, s), s)
    return len(solutions)


print(permute([1, 2, 3]))
found = []
for s in ["banana", "apple", "cherry"]:
    place(found, s)
print(found)


def scale(x, by=abs):
    return by(x) * 2


print(scale(-3))
