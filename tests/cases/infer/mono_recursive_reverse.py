# Recursive helpers (reverse, count_leq, join_all) used with lists of ints and lists of strs.
def rev(xs):
    if len(xs) <= 1:
        return xs[:]
    return rev(xs[1:]) + [xs[0]]


def count_leq(xs, limit):
    if not xs:
        return 0
    rest = count_leq(xs[1:], limit)
    if xs[0] <= limit:
        return rest + 1
    return rest


def largest(xs):
    if len(xs) == 1:
        return xs[0]
    m = largest(xs[1:])
    return xs[0] if xs[0] > m else m


nums = [3, 1, 4, 1, 5, 9, 2, 6]
words = ["pear", "apple", "fig", "kiwi", "banana"]
print(rev(nums))
print(rev(words))
print(rev([]), rev([7]))
print(count_leq(nums, 3), count_leq(words, "fig"))
print(largest(nums), largest(words))
print(largest([2.5, -1.0, 2.75]))
print(rev(rev(words)) == words)
