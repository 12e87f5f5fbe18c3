# count_if/filter_by/map_each take predicates/functions, applied to lists of ints, strs and floats.
def count_if(xs, pred):
    n = 0
    for x in xs:
        if pred(x):
            n += 1
    return n


def filter_by(xs, pred):
    return [x for x in xs if pred(x)]


def map_each(xs, f):
    out = []
    for x in xs:
        out.append(f(x))
    return out


def is_even(n):
    return n % 2 == 0


nums = list(range(1, 13))
words = ["Apple", "bee", "Cat", "dog", "Eel"]
floats = [0.5, 1.25, -2.0, 3.75]
print(count_if(nums, is_even), filter_by(nums, is_even))
print(count_if(words, lambda w: w[0].isupper()), filter_by(words, lambda w: len(w) == 3))
print(count_if(floats, lambda f: f > 0), filter_by(floats, lambda f: f < 1))
print(map_each(nums[:4], lambda n: n * n))
print(map_each(words, str.lower))
print(map_each(floats, int))
print(map_each(words, len))
print(map_each(map_each(nums[:3], str), lambda s: s + "!"))
