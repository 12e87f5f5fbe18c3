# str * int, list + list and tuple + tuple through values of unknown type.
items = ["-", 3, [1], 2, (9,)]
line = items[0] * items[1]
print(line, len(line))
print(items[2] * items[3], items[4] * items[3])
print(items[2] + items[2], items[4] + items[4])
acc = items[0]
for i in range(3):
    acc = acc + str(i)
print(acc)
parts = [["a"], ["b", "c"], []]
joined = []
for p in parts:
    joined = joined + p
print(joined)
bar = "="
width = [2, 5, 0]
for w in width:
    print("[" + bar * w + "]")
