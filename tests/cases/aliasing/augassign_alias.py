# a += [...] extends the list in place (aliases see it); a = a + [...] does not.
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = b
c *= 2
print(b, c, b is c)
c = c * 2
print(b, c)
s = "ab"
t = s
s += "c"
print(s, t)
rows = [[1], [2]]
first = rows[0]
rows[0] += [10]
print(rows, first)
rows[1] = rows[1] + [20]
print(rows)
d = {"k": [1]}
alias = d["k"]
d["k"] += [2]
print(d, alias)
d["k"] = d["k"] + [3]
print(d, alias)
