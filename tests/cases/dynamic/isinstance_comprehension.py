# isinstance with a tuple of classes in comprehension conditions.
items = [1, "a", [1], (1, 2), {"k": 1}, 2.5, True, None]
print([type(x).__name__ for x in items if isinstance(x, (list, tuple, dict))])
print([x for x in items if isinstance(x, (int, float)) and not isinstance(x, bool)])
print(sum(1 for x in items if isinstance(x, (str, bytes))))
print({type(x).__name__: x for x in items if not isinstance(x, (list, dict))})
