# Generators used inside list, dict and set comprehensions and with any()/all().
from typing import Iterator


def digits(n: int) -> Iterator[int]:
    if n == 0:
        yield 0
    while n > 0:
        yield n % 10
        n //= 10


print([sum(digits(n)) for n in [0, 9, 123, 9999, 1000]])
print({n: sorted(digits(n)) for n in [312, 45]})
print(sorted({d for n in [11, 22, 123] for d in digits(n)}))
print(any(d == 7 for d in digits(1234567)))
print(all(d % 2 == 0 for d in digits(2468)))
print(all(d % 2 == 0 for d in digits(2469)))
print(sorted(digits(90210), reverse=True))
