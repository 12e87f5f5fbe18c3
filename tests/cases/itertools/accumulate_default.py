# itertools.accumulate with the default addition, on ints, floats and strings.
import itertools

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([0.5, 0.25, 0.125])))
print(list(itertools.accumulate(["a", "b", "c"])))
empty: list[int] = []
print(list(itertools.accumulate(empty)))
print(list(itertools.accumulate([7])))
balance = list(itertools.accumulate([100, -30, -80, 50]))
print(balance, min(balance))
