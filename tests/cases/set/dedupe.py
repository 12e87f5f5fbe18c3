# set(list) removes duplicates; sorted(set) gives a stable order back.
data = [5, 3, 5, 1, 3, 9, 1, 1]
unique = set(data)
print(unique, len(unique), sorted(unique))
order_kept: list[int] = []
seen: set[int] = set()
for x in data:
    if x not in seen:
        seen.add(x)
        order_kept.append(x)
print(order_kept)
text = "to be or not to be that is the question"
print(sorted(set(text.split())))
print(len(set(text)), sorted(set(text.replace(" ", ""))))
print(set("hello"), set(range(5)), set([]))
print(list(set([3, 3, 2])))
