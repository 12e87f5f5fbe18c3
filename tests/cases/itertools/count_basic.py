# itertools.count with start and step, consumed by zip, islice and a break.
import itertools

for i, name in zip(itertools.count(1), ["ann", "bob", "cy"]):
    print(i, name)
print(list(itertools.islice(itertools.count(10, 5), 6)))
print(list(itertools.islice(itertools.count(100, -7), 4)))
for n in itertools.count(3, 3):
    if n > 20:
        break
    print("multiple", n)
c = itertools.count()
print(next(c), next(c), next(c))
