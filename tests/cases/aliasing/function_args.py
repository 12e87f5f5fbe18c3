# Functions receive references: mutating a parameter changes the caller's list or dict.
def push(xs: list[int], v: int) -> list[int]:
    xs.append(v)
    return xs


def rebind(xs: list[int]) -> list[int]:
    xs = xs + [0]
    xs.append(-1)
    return xs


def count(m: dict[str, int], word: str) -> None:
    m[word] = m.get(word, 0) + 1


data = [1]
same = push(data, 2)
print(data, same, same is data)
other = rebind(data)
print(data, other, other is data)
counts: dict[str, int] = {}
for w in "a b a c b a".split():
    count(counts, w)
print(counts)
lists = [[1], [2]]
for inner in lists:
    push(inner, 9)
print(lists)
for inner in lists:
    inner = inner + [0]
print(lists, inner)
