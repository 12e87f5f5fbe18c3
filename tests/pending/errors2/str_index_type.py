# Indexing a list with a str raises TypeError.
xs = [10, 20, 30]
for i in "012":
    print(i, xs[int(i)])
j = "1"
print(xs[int(j)], xs[int(j) + 1])
d = {"1": "one"}
print(d[j])
print(xs[-int(j)], xs[int(j):])
print(xs[j])
