# Unannotated functions over lists of ints, every call passing list[int].
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def evens(xs):
    return [x for x in xs if x % 2 == 0]


def running_sum(xs):
    out = []
    acc = 0
    for x in xs:
        acc += x
        out.append(acc)
    return out


def largest(xs):
    best = xs[0]
    for x in xs[1:]:
        if x > best:
            best = x
    return best


data = [5, 3, 8, 1, 9, 2, 7]
print(total(data), total([]), total(evens(data)))
print(evens(data), evens([1, 3, 5]))
print(running_sum(data))
print(largest(data), largest([-5, -2, -9]))
print(sorted(data), data)
doubled = [x * 2 for x in data]
print(doubled, total(doubled), largest(running_sum(doubled)))
