# repeat(x, n) and double(x) used with strs, lists, ints and tuples (operator * overloads).
def repeat(x, n):
    return x * n


def double(x):
    return x + x


def join_all(xs, sep):
    out = xs[0]
    for x in xs[1:]:
        out = out + sep + x
    return out


print(repeat("ab", 3), repeat([0], 4), repeat(7, 6))
print(repeat((1, 2), 2), repeat("x", 0), repeat([1, 2], 0))
print(double(21), double("ha"), double([1, 2]), double(1.25))
print(double(double("o")), double(double(3)))
print(join_all(["a", "b", "c"], "-"))
print(join_all([[1], [2], [3]], [0]))
print(join_all([1, 2, 3], 10))
grid = repeat([repeat(".", 3)], 2)
print(grid)
