# An uncaught StopIteration from next() on an exhausted iterator.
it = iter(["a", "b"])
print(next(it))
print(next(it))
count = 0
for x in it:
    count += 1
print("left", count)
print(next(it))
print("not reached")
