# A max-like helper best(xs, key) with different key functions over ints, strs and tuples.
def best(xs, key):
    result = xs[0]
    result_key = key(result)
    for x in xs[1:]:
        k = key(x)
        if k > result_key:
            result = x
            result_key = k
    return result


def worst(xs, key):
    return best(xs, lambda x: -key(x))


def by_len(s):
    return len(s)


def second(t):
    return t[1]


words = ["kiwi", "banana", "fig", "cherry"]
nums = [3, -8, 5, -1]
people = [("ann", 31), ("bob", 25), ("cy", 40)]
print(best(words, by_len), worst(words, by_len))
print(best(nums, abs), worst(nums, abs))
print(best(nums, lambda n: n), best(nums, lambda n: -n))
print(best(people, second), worst(people, second))
print(best(people, lambda p: p[0]))
print(best(words, lambda w: w[-1]))
print(best([1.5, 2.5, -3.5], abs))
