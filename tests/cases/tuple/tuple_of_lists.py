# A tuple holding lists: the lists inside can still change.
pair = ([1, 2], [3])
pair[0].append(9)
pair[1].insert(0, 0)
print(pair)
left, right = pair
left.append(10)
print(pair, left, right)
print(pair[0] + pair[1])
names = (["a"], ["b", "c"])
for group in names:
    print(len(group), group)
print(pair == ([1, 2, 9, 10], [0, 3]))
