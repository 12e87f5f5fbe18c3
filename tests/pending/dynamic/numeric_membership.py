# `in` with a number of another numeric type than the container's.
print(1.0 in {1}, True in {1: 0}, 0 in {False: 1}, 2.5 in {2: 0})
print(1.0 in [1, 2], True in [1], 2 in [2.0], 3 in (1.5, 3.0))
ids = {1, 2, 3}
for v in [1.0, 2.5, True]:
    print(v, v in ids)
