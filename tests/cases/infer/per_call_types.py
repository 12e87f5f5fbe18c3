# An unannotated function called with arguments of different types is
# compiled once per combination: each copy works on concrete types.


def unpack_sum(seq):
    a, b, c = seq
    return a + b + c


def describe(x, times):
    return repr(x) * times


def largest(items):
    best = items[0]
    for item in items:
        if item > best:
            best = item
    return best


def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + acc[-1:])


print(unpack_sum((1, 2, 3)), unpack_sum([4, 5, 6]), unpack_sum("abc"))
print(describe(1.5, 2), describe("x", 3), describe([1], 2))
print(largest([3, 9, 2]), largest(["pear", "apple"]), largest([1.5, -2.0]))
print(count_down(3, [1]), count_down(2, "ab"))
