# A list cannot be put in a set, though a tuple with the same items can.
s = {(1, 2), (3, 4)}
print(sorted(s))
xs = [1, 2]
s.add(tuple(xs))
print(len(s))
xs.append(3)
s.add(tuple(xs))
print(sorted(s), len(s))
print((1, 2, 3) in s, (3, 2, 1) in s)
s.add(xs)
