# print(range(...)) shows range(start, stop[, step]).
print(range(5), range(2, 7), range(0, 10, 3))
print(str(range(3)), repr(range(1, 4)))
