# index_of(xs, x) and contains(xs, x) searching lists of ints, strs, tuples and a str.
def index_of(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            return i
        i += 1
    return -1


def contains(xs, target):
    return index_of(xs, target) >= 0


def positions(xs, target):
    return [i for i in range(len(xs)) if xs[i] == target]


nums = [4, 8, 15, 16, 23, 42, 8]
names = ["ann", "bob", "cy", "bob"]
points = [(0, 0), (1, 2), (3, 4)]
print(index_of(nums, 15), index_of(nums, 99), index_of(nums, 8))
print(index_of(names, "cy"), index_of(names, "dee"))
print(index_of(points, (1, 2)), index_of(points, (2, 1)))
print(index_of("banana", "n"))
print(contains(nums, 42), contains(names, "ann"), contains(points, (9, 9)))
print(positions(nums, 8), positions(names, "bob"), positions("banana", "a"))
print(index_of([1.0, 2.0], 2), contains([True, False], 0))
