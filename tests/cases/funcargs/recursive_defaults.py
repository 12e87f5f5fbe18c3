# Recursive functions that use default parameters to carry accumulator state.
def digits(n: int, acc: str = "") -> str:
    if n < 10:
        return str(n) + acc
    return digits(n // 10, "," + str(n % 10) + acc)


def depth_sum(xs: list[int], i: int = 0, total: int = 0) -> int:
    if i == len(xs):
        return total
    return depth_sum(xs, i + 1, total + xs[i] * (i + 1))


def countdown(n: int, out: str = "", sep: str = " ") -> str:
    if n == 0:
        return out + "liftoff"
    return countdown(n - 1, out + str(n) + sep, sep)


print(digits(0), digits(7), digits(1234509))
print(depth_sum([1, 2, 3]), depth_sum([]), depth_sum([5], total=100))
print(countdown(3))
print(countdown(5, sep="-"))
print(countdown(2, "T-"))
