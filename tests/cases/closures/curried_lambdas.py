# Lambdas returning lambdas (currying): each level captures its own argument.
from typing import Callable

add: Callable[[int], Callable[[int], int]] = lambda a: lambda b: a + b
add5 = add(5)
add10 = add(10)
print(add5(1), add10(1), add(100)(-1))
print([add(n)(n) for n in range(5)])


def curry3(f: Callable[[int, int, int], int]) -> Callable[[int], Callable[[int], Callable[[int], int]]]:
    return lambda a: lambda b: lambda c: f(a, b, c)


vol = curry3(lambda a, b, c: a * b * c)
print(vol(2)(3)(4))
width2 = vol(2)
print(width2(5)(5), width2(1)(1))
affine = curry3(lambda m, x, c: m * x + c)
line = affine(3)
print([line(x)(1) for x in range(4)])
