# range with one, two and three arguments, negative steps, big bounds, in loops and builtins.
print(list(range(5)), list(range(2, 7)), list(range(0, 20, 6)), list(range(10, 0, -3)))
print(list(range(0)), list(range(-3)), list(range(5, 5)), list(range(5, 1)), list(range(1, 5, -1)))
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), list(range(-1, -10, -4)))
print(list(range(10 ** 20, 10 ** 20 + 3)), list(range(2 ** 64, 2 ** 64 - 9, -4)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(list(reversed(range(4))), list(reversed(range(1, 10, 4))), [i * i for i in range(1, 6, 2)])
print(sum(range(0, 10 ** 6, 7)), any(i > 3 for i in range(5)), all(i < 5 for i in range(5)))
for i in range(3, -1, -1):
    print(i, end=" ")
print()
n = 4
for start, stop, step in [(0, n, 1), (n, 0, -1), (-n, n, 3), (n, -n, -3)]:
    print(start, stop, step, list(range(start, stop, step)), len(list(range(start, stop, step))))
