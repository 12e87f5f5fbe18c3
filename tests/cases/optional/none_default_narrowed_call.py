# A parameter that defaults to None, narrowed in a conditional expression
# and passed on: the callee sees only ints, whatever order the calls come in.


def get(index):
    return [10, 20, 30][index]


def pick(last=None):
    first = get(0) if last is None else get(last)
    later = get(last) if last is not None else -1
    return first, later


print(pick())
print(pick(2))
print(pick(1))
