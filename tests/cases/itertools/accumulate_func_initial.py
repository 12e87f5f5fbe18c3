# itertools.accumulate with operator.mul, max, a lambda and initial=.
import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([2, 3, 4], operator.mul, initial=10)))
empty: list[int] = []
print(list(itertools.accumulate(empty, initial=5)))
print(list(itertools.accumulate([8, 3, 9], lambda a, b: a * 10 + b)))
print(list(itertools.accumulate(range(1, 6), operator.sub)))
