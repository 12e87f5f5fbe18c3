# Lambdas and named functions passed to unannotated higher-order functions.
def apply_all(f, xs):
    return [f(x) for x in xs]


def compose(f, g):
    return lambda x: f(g(x))


def keep(pred, xs):
    out = []
    for x in xs:
        if pred(x):
            out.append(x)
    return out


def fold(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def twice(x):
    return x * 2


nums = [1, 2, 3, 4, 5, 6]
print(apply_all(lambda n: n + 10, nums))
print(apply_all(twice, nums))
inc_then_double = compose(twice, lambda n: n + 1)
print(inc_then_double(3), apply_all(inc_then_double, nums))
print(keep(lambda n: n % 3 == 0, nums), keep(lambda n: n > 4, nums))
print(fold(lambda a, b: a + b, nums, 0), fold(lambda a, b: a * b, nums, 1))
print(fold(lambda a, b: a if a > b else b, nums, 0))
print(sorted(nums, key=lambda n: -n))
