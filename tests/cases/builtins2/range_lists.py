# list(range(...)) with every kind of step, and builtins over the results.
print(list(range(6)), list(range(3, 9)), list(range(0, 20, 5)))
print(list(range(10, 0, -3)), list(range(-5, 5, 2)), list(range(5, 5)), list(range(5, 0)))
evens = list(range(0, 21, 2))
print(evens, len(evens), sum(evens), min(evens), max(evens))
print(list(range(len(evens)))[-3:], evens[::-1][:3])
big = list(range(2 ** 40, 2 ** 40 + 3))
print(big, sum(big))
squares = [n * n for n in list(range(1, 8))]
print(squares, sum(squares, -140))
countdown = list(range(3, 0, -1))
print(countdown, sorted(countdown), str(countdown), repr(countdown))
