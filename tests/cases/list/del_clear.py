# del xs[i] and clear() shrink a list in place.
xs = [10, 20, 30, 40, 50, 60]
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[1]
print(xs, len(xs))
i = 0
while i < len(xs):
    if xs[i] % 20 == 0:
        del xs[i]
    else:
        i += 1
print(xs)
words = ["a", "b", "c"]
del words[1]
print(words)
words.clear()
print(words, len(words))
words.append("again")
print(words)
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
del m[1]
print(m)
alias = xs
xs.clear()
print(alias)
