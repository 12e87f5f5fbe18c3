r = range(2, 8, 3)
print(r[1], r[-2])
print(r[2])
