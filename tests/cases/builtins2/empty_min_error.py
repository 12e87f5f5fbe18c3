# min() of an empty list raises ValueError.
batches = [[4, 2, 9], [7], [3, 3]]
for b in batches:
    print(b, min(b), max(b), sum(b))
xs = batches[0]
while len(xs) > 0:
    print("min", min(xs), "of", xs)
    xs.remove(min(xs))
print(len(xs), batches)
print(min(xs))
