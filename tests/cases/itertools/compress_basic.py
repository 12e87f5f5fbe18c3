# itertools.compress selects elements using a parallel list of selectors.
import itertools

print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress([10, 20, 30], [True, False, True])))
print(list(itertools.compress(range(10), [1, 1, 0])))
names = ["ann", "bob", "cy", "dee"]
present = [n.startswith(("a", "d")) for n in names]
print(list(itertools.compress(names, present)))
print(list(itertools.compress(range(6), itertools.cycle([0, 1]))))
