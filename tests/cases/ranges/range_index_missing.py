r = range(0, 20, 5)
print(r.index(15))
print(r.index(12))
