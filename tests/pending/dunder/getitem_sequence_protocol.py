# A class with only __len__ and __getitem__ (raising IndexError at the end) is iterable via the old sequence protocol.
class Squares:
    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("out of range")
        return i * i


s = Squares(5)
print(len(s), s[0], s[4], s[-1], s[-5])
for v in s:
    print("item", v)
print(list(s))
print(9 in s, 10 in s)
print(sum(s), max(s), sorted(s, reverse=True))
print([v + 1 for v in Squares(3)])
