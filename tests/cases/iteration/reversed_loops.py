# reversed() walks a list backwards without changing it.
xs = [1, 2, 3, 4]
for x in reversed(xs):
    print(x, end=" ")
print(xs)
words = ["first", "second", "third"]
for w in reversed(words):
    print(w.upper())
countdown: list[int] = []
for i in reversed(list(range(5))):
    countdown.append(i)
print(countdown)
digits = [1, 2, 3]
value = 0
place = 1
for d in reversed(digits):
    value += d * place
    place *= 10
print(value)
for x in reversed(xs):
    if x < 3:
        print("first below 3 from the right:", x)
        break
rows = [[1], [2, 2], [3, 3, 3]]
for r in reversed(rows):
    print(r)
