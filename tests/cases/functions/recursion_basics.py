# Simple recursive functions.
def fact(n: int) -> int:
    if n == 0:
        return 1
    return n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def power(b: int, e: int) -> int:
    if e == 0:
        return 1
    half = power(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b


def sum_to(n: int) -> int:
    if n <= 0:
        return 0
    return n + sum_to(n - 1)


def count_down(n: int) -> None:
    if n < 0:
        print("liftoff")
        return
    print(n, end=" ")
    count_down(n - 1)


for i in range(0, 21, 4):
    print(i, fact(i), fib(i), power(3, i), sum_to(i))
print(power(2, 100), power(-3, 33))
print(sum_to(500))
count_down(5)
print(fib(22))
