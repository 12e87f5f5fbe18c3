# A map is lazy: over an endless count, returned from a function and read
# with next(); its function raises at the item CPython raises at. A
# library function bound to a module-level name is that function.
import itertools

icount = itertools.count
islice = itertools.islice


def gen_x():
    return map(lambda k: (k, 4 * k + 2), icount(1))


x = gen_x()
print(next(x), next(x))
print(list(islice(map(lambda k: k * k, icount(3)), 4)))


def inverse(n):
    return 10 // n


try:
    for v in map(lambda n: inverse(n), [5, 2, 0, 1]):
        print("got", v)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
