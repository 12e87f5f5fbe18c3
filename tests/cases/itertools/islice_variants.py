# itertools.islice with stop only, start/stop, a step and a None stop.
import itertools

letters = "abcdefghij"
print(list(itertools.islice(letters, 4)))
print(list(itertools.islice(letters, 2, 5)))
print(list(itertools.islice(letters, 1, None, 3)))
print(list(itertools.islice(letters, 0, 100)))
print(list(itertools.islice(range(10), 8, 3)))
it = iter(range(10))
print(list(itertools.islice(it, 3)))
print(list(itertools.islice(it, 3)))
print(list(it))
