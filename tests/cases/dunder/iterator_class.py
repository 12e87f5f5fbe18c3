# An iterator class with __iter__ returning self and __next__ raising StopIteration, used in for loops.
class CountUp:
    def __init__(self, start: int, stop: int, step: int):
        self.cur = start
        self.stop = stop
        self.step = step

    def __iter__(self) -> "CountUp":
        return self

    def __next__(self) -> int:
        if self.cur >= self.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.step
        return v


for i in CountUp(0, 10, 3):
    print("got", i)
print(list(CountUp(5, 8, 1)))
print(sum(CountUp(1, 101, 1)))
it = CountUp(0, 4, 1)
print(next(it), next(it))
for rest in it:
    print("rest", rest)
print(list(it))
print([x * x for x in CountUp(1, 6, 2)])
