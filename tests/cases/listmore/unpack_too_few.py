# Unpacking fewer values than targets raises ValueError.
x, y, z = (1, 2, 3)
print(x + y + z)
records = ["a b c", "d e f", "g h"]
for rec in records[:2]:
    p, q, r = rec.split()
    print(r, q, p)
first, *others = records[2].split()
print(first, others)
parts = records[2].split()
print(parts, len(parts))
p, q, r = parts
