# += on a list inside a tuple mutates the list and then raises TypeError.
t = ([1], 2)
t[0].append(5)
print(t)
t[0].extend([6, 7])
print(t, len(t[0]))
inner = t[0]
inner += [8]
print(t, inner is t[0])
print(t[0] + [9], t)
t[0] += [10]
