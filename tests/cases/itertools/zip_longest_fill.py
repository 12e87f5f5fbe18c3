# itertools.zip_longest pads the shorter iterables with None or a fillvalue.
import itertools

print(list(itertools.zip_longest([1, 2, 3], [10, 20])))
print(list(itertools.zip_longest("abcd", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1], [2, 3], [4, 5, 6], fillvalue=0)))
empty: list[int] = []
print(list(itertools.zip_longest(empty, empty)))
a = [1, 2, 3, 4]
b = [5, 6]
print([x + y for x, y in itertools.zip_longest(a, b, fillvalue=0)])
for left, right in itertools.zip_longest(["k1", "k2"], ["v1"], fillvalue="?"):
    print(left, "=", right)
