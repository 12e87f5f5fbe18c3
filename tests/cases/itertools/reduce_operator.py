# functools.reduce with operator.add and operator.mul, with and without an initial value.
import functools
import operator

nums = [1, 2, 3, 4, 5]
print(functools.reduce(operator.add, nums))
print(functools.reduce(operator.mul, nums))
empty: list[int] = []
print(functools.reduce(operator.add, empty, 0))
print(functools.reduce(operator.mul, empty, 1))
print(functools.reduce(operator.add, ["a", "b", "c"], ">"))
print(functools.reduce(operator.mul, range(1, 11)))
print(functools.reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
try:
    functools.reduce(operator.add, empty)
except TypeError:
    print("TypeError on empty sequence without initial")
