# Factorials computed recursively and iteratively, far past 64 bits.
def factorial(n: int) -> int:
    """Recursive factorial."""
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def factorial_loop(n: int) -> int:
    result = 1
    i = 2
    while i <= n:
        result *= i
        i += 1
    return result


for k in range(0, 31, 5):
    print(k, factorial(k))
print(factorial(30))
print(factorial_loop(50))
print(factorial(40) == factorial_loop(40))
print(factorial(25) // factorial(23))
print(factorial(100) % 1000000007)
f = factorial_loop(60)
zeros = 0
while f % 10 == 0:
    zeros += 1
    f //= 10
print(zeros)
print(len(str(factorial_loop(100))))
