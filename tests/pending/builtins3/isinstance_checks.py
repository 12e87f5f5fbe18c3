# isinstance with single types and tuples of types, and type() names.
values = [1, 2.5, "s", True, None, [1], (1,), {"k": 1}, {1}, b"b"]
for v in values:
    print(repr(v).ljust(9), type(v).__name__.ljust(8), isinstance(v, int), isinstance(v, (int, float)),
          isinstance(v, (list, tuple)), isinstance(v, (str, bytes)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (bool, str)), isinstance(1.0, (int,)))
print(type(1) == int, type(True) == int, type(1.0) is float, issubclass(bool, int))
print(type(1), type("x"), type([]))
numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
print(numbers, sum(numbers))
print(isinstance(values, list), isinstance(values[7], dict), isinstance(None, type(None)))
