# extend() takes any iterable; += does the same in place.
xs = [1, 2]
xs.extend([3, 4])
xs.extend([5, 6])
print(xs)
xs.extend([x * 10 for x in range(2)])
print(xs)
chars = ["a"]
chars.extend(list("bcd"))
chars += ["e", "f"]
print(chars)
ys = [1]
ys.extend(ys)
print(ys)
ys += ys
print(ys)
s: list[int] = []
s.extend(sorted({3, 1, 2}))
s.extend(s[::-1])
print(s)
