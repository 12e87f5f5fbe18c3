# List comprehensions over range with and without a filter.
squares = [i * i for i in range(10)]
print(squares)
evens = [i for i in range(20) if i % 2 == 0]
print(evens)
odd_squares = [i * i for i in range(10) if i % 2 == 1]
print(odd_squares)
print([i for i in range(0)], [i - 5 for i in range(3)])
print([i / 2 for i in range(5)])
print([i % 3 == 0 for i in range(7)])
print([str(i) for i in range(12) if i % 4 != 0])
print([i for i in range(30) if i % 2 == 0 if i % 3 == 0])
print([2 ** i for i in range(0, 70, 13)])
print(len([i for i in range(1000) if i % 7 == 3]))
print(sum([i for i in range(101)]))
