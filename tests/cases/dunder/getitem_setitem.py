# __getitem__/__setitem__ on a sparse vector class, including negative indices and augmented assignment.
class Sparse:
    def __init__(self, size: int):
        self.size = size
        self.data: dict[int, int] = {}

    def norm(self, i: int) -> int:
        return i + self.size if i < 0 else i

    def __getitem__(self, i: int) -> int:
        return self.data.get(self.norm(i), 0)

    def __setitem__(self, i: int, v: int):
        i = self.norm(i)
        if v == 0:
            if i in self.data:
                del self.data[i]
        else:
            self.data[i] = v

    def __len__(self) -> int:
        return self.size

    def dense(self) -> list[int]:
        return [self[i] for i in range(self.size)]


v = Sparse(8)
v[1] = 5
v[-1] = 9
v[3] = 2
print(v[1], v[7], v[0], v[-5])
print(v.dense(), len(v.data))
v[3] += 10
v[1] -= 5
print(v.dense(), sorted(v.data.items()))
for i in range(len(v)):
    v[i] = v[i] * 2 + i
print(v.dense())
