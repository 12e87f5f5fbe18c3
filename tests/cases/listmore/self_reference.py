# A list or dict that contains itself prints with [...] or {...}.
xs = [1, 2]
xs.append(xs)
print(xs)
print(len(xs), xs[2][2][0])
d = {"name": "loop"}
d["self"] = d
print(d)
pair = [[0]]
pair[0].append(pair)
print(pair)
a = [1]
b = [a]
a.append(b)
print(a, b)
print(repr(xs) == str(xs))
