# itertools.takewhile and dropwhile split a sequence at the first failing element.
import itertools

data = [1, 4, 6, 4, 1, 8, 2]
print(list(itertools.takewhile(lambda x: x < 5, data)))
print(list(itertools.dropwhile(lambda x: x < 5, data)))
print(list(itertools.takewhile(lambda x: x > 100, data)))
print(list(itertools.dropwhile(lambda x: x > 100, data)))
line = "    indented text  "
print(repr("".join(itertools.dropwhile(lambda c: c == " ", line))))
print(list(itertools.takewhile(lambda n: n * n < 50, itertools.count(1))))
