# math.factorial takes an int; a float argument is rejected before the program runs.
import math


def fact(x: float) -> int:
    return math.factorial(x)


print(fact(2.5))
