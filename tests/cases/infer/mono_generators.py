# Unannotated generator functions consumed by for loops, list(), sum() and other generators.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def squares(n):
    for i in range(n):
        yield i * i


def fib_gen(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


def only_odd(it):
    for x in it:
        if x % 2 == 1:
            yield x


def pairs(xs):
    for i in range(len(xs) - 1):
        yield xs[i], xs[i + 1]


for x in countdown(3):
    print("count", x)
print(list(squares(6)), sum(squares(10)))
print(list(fib_gen(100)))
print(list(only_odd(fib_gen(100))), sum(only_odd(squares(10))))
for a, b in pairs([1, 4, 9, 16]):
    print(a, b, b - a)
print(max(squares(5)), list(countdown(0)))
