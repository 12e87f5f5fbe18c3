# A missing int key raises KeyError with the key's repr.
squares = {n: n * n for n in range(5)}
for n in range(5):
    print(n, squares[n])
print(squares.get(7, -1))
print(squares[7])
