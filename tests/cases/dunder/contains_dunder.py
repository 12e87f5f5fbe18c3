# __contains__ drives `in` and `not in` for a custom range-like class.
class Interval:
    def __init__(self, lo: int, hi: int):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x: int) -> bool:
        return self.lo <= x <= self.hi


class Evens:
    def __contains__(self, x: int) -> bool:
        print("checking", x)
        return x % 2 == 0


iv = Interval(3, 7)
print(3 in iv, 7 in iv, 8 in iv, 0 not in iv)
print([x for x in range(10) if x in iv])
ev = Evens()
print(4 in ev)
print(5 not in ev)
hits = 0
for n in [1, 2, 3, 4]:
    if n in ev and n in iv:
        hits += 1
print(hits)
