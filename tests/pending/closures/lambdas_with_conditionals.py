# Lambdas with conditional expressions and default parameters behave like small functions.
from typing import Callable

sign: Callable[[int], str] = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in [-3, 0, 8]])
clamp = lambda x, lo=0, hi=10: lo if x < lo else hi if x > hi else x
print(clamp(-5), clamp(5), clamp(50), clamp(50, hi=100), clamp(1, 2, 3))
fizz = lambda n: "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(" ".join(map(fizz, range(1, 16))))
greet = lambda name, greeting="hello": greeting + ", " + name
print(greet("ann"))
print(greet("bob", "hi"))
print(greet(greeting="yo", name="cy"))
print((lambda: "immediately called")())
print((lambda a, b: a * b)(6, 7))
