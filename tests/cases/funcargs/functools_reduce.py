# functools.reduce folds left, with and without an initial value; empty input without one is a TypeError.
import functools

nums = [3, 5, 2, 8, 1]
print(functools.reduce(lambda a, b: a + b, nums))
print(functools.reduce(lambda a, b: a * b, nums, 1))
print(functools.reduce(lambda a, b: a if a > b else b, nums))
print(functools.reduce(lambda a, b: a * 10 + b, nums, 0))
print(functools.reduce(lambda a, b: a - b, nums))
print(functools.reduce(lambda acc, s: acc + s[0], ["apple", "banana", "cherry"], ""))
print(functools.reduce(lambda a, b: a + b, [42]))
empty: list[int] = []
print(functools.reduce(lambda a, b: a + b, empty, 100))
try:
    print(functools.reduce(lambda a, b: a + b, empty))
except TypeError as e:
    print("TypeError:", e)
steps: list[str] = []


def trace(a: int, b: int) -> int:
    steps.append("(" + str(a) + "," + str(b) + ")")
    return a + b


print(functools.reduce(trace, range(1, 6)), steps)
