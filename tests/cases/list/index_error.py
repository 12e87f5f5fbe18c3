# Reading past the end of a list raises IndexError.
def nth_square(xs: list[int], n: int) -> int:
    return xs[n] * xs[n]


xs = [1, 2, 3]
for i in range(len(xs)):
    print(i, xs[i], nth_square(xs, i))
print(xs[-3], xs[-1])
xs.append(4)
print(xs, len(xs), nth_square(xs, 3))
i = len(xs)
print("reading index", i)
print(xs[i])
print("unreachable")
