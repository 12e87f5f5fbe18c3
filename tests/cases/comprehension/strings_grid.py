# Comprehensions over lists of strs building a character grid.
lines = ["#..#", ".##.", "#..#"]
grid = [[c == "#" for c in line] for line in lines]
print(grid)
count = sum([len([b for b in row if b]) for row in grid])
print(count)
flipped = ["".join(["." if c == "#" else "#" for c in line]) for line in lines]
print("\n".join(flipped))
cols = ["".join([line[i] for line in lines]) for i in range(len(lines[0]))]
print(cols)
mirror = [line[::-1] for line in lines]
print(mirror == lines, [line.count("#") for line in lines])
