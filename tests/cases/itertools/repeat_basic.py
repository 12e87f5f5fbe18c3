# itertools.repeat with a count, with map, and unbounded with zip.
import itertools

print(list(itertools.repeat("hi", 3)))
print(list(itertools.repeat(7, 0)))
print(list(map(pow, [1, 2, 3, 4], itertools.repeat(2))))
print(list(zip("abc", itertools.repeat(0))))
print(sum(itertools.repeat(5, 10)))
rows = [list(itertools.repeat(i, i)) for i in range(4)]
print(rows)
