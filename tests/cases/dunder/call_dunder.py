# __call__ makes instances callable; callable objects keep state between calls and can be stored in lists.
class Multiplier:
    def __init__(self, k: int):
        self.k = k

    def __call__(self, x: int) -> int:
        return x * self.k


class Accumulator:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def __call__(self, x: int) -> int:
        self.total += x
        self.calls += 1
        return self.total


def apply_all(fs: list[Multiplier], x: int) -> list[int]:
    return [f(x) for f in fs]


double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double(triple(7)))
print(apply_all([double, triple, Multiplier(10)], 4))
acc = Accumulator()
for n in [5, 10, 20]:
    print(acc(n))
print(acc.total, acc.calls)
double.k = 100
print(double(2))
print([Multiplier(i)(i) for i in range(5)])
