# is / is not with None and shared objects; in / not in on every container.
items = [1, 2, 3]
same = items
print(items is same, items is not same, items is not [1, 2, 3][:])
print(2 in items, 5 in items, 5 not in items, "b" in "abc", "bc" in "abc")
d = {"k": 1}
print("k" in d, "z" in d, "k" not in d, 1 in list(d.values()))
s = {1, 2}
print(1 in s, 3 not in s, (1, 2) in [(1, 2)], [1] in [[1], [2]], b"a" in b"cab")
print(3 in list(range(5)), 5 in list(range(5)), 4 in (1, 4))
def find(xs: list[int], v: int) -> int:
    return xs.index(v) if v in xs else -1
print(find(items, 3), find(items, 4))
