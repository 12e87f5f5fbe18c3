# range() with a zero step raises ValueError: range() arg 3 must not be zero.
for step in [2, 1, -1, 0]:
    print(step, list(range(0, 5, step)) if step > 0 else list(range(5, 0, step)))
