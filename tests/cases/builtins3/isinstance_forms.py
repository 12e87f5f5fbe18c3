# isinstance with single types and tuples of types; bool is an int.
def describe(x: int) -> str:
    return str(x) + str(isinstance(x, int)) + str(isinstance(x, str)) + str(isinstance(x, (str, int)))


print(describe(5), isinstance(True, int), isinstance(True, bool), isinstance(5, bool))
print(isinstance("s", str), isinstance("s", (int, float)), isinstance(1.5, (int, float)))
print(isinstance([1], list), isinstance({1: 2}, dict), isinstance({1}, set), isinstance((1, 2), tuple))
print(isinstance(b"x", bytes), isinstance(b"x", (str, bytes)), isinstance(None, int))
print(isinstance(2 ** 100, int), isinstance(1.0, int), isinstance(frozenset(), (set, frozenset)))
values = [1, 2, 3]
print([str(v) + str(isinstance(v, int)) for v in values], isinstance(values, (list, tuple)))
