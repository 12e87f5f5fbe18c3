# A list that contains itself prints [...] where it recurs.
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0], len(a[2][2]))
b = [a, "x"]
print(b)
c = []
c.append(c)
print(c)
inner = []
d = [inner]
inner.append(d)
print(d)
e = ["e"]
f = ["f", e]
e.append(f)
print(e)
print(f)
print(str(a), repr(c), a == b[0])
