# Empty lists x = [] filled in loops (with conditions and break) and then sorted, summed and sliced.
squares = []
for i in range(10):
    squares.append(i * i)
print(squares, sum(squares))

odds = []
evens = []
for n in squares:
    if n % 2:
        odds.append(n)
    else:
        evens.append(n)
print(odds, evens)

names = []
for w in "delta alpha charlie bravo".split():
    names.append(w.capitalize())
names.sort()
print(names, names[0], len(names))

halves = []
k = 100
while k > 1:
    halves.append(k / 2)
    k = k // 2
print(halves)

found = []
for i in range(2, 50):
    if all(i % p for p in found):
        found.append(i)
    if len(found) == 8:
        break
print(found, found[-1])
print(squares[2:5], odds[::-1])
