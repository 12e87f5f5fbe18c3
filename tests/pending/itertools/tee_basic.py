# itertools.tee splits one iterator into independent copies.
import itertools

source = (n * n for n in range(6))
first, second = itertools.tee(source)
print(list(first))
print(list(second))
a, b, c = itertools.tee("xyz", 3)
print(next(a), next(a))
print(list(b))
print(list(a), list(c))
x, y = itertools.tee([1, 2, 3, 4])
next(y)
print(list(zip(x, y)))
