# Annotated numeric helpers called from unannotated ones (and vice versa) with agreeing float/int types.
def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)


def stddev(xs: list[float]) -> float:
    return variance(xs) ** 0.5


def count_above(xs, limit: float) -> int:
    n = 0
    for x in xs:
        if x > limit:
            n += 1
    return n


def describe(xs):
    return "mean=%.3f sd=%.3f above=%d" % (mean(xs), stddev(xs), count_above(xs, mean(xs)))


data = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
print(mean(data), variance(data), stddev(data))
print(count_above(data, 4.5))
print(describe(data))
print(describe([1.5, 2.5]))
