# A dict whose values are ints or lists of ints, updated and summed with isinstance dispatch.
def total(v):
    if isinstance(v, list):
        return sum(v)
    return v


def bump(d, k, n):
    v = d[k]
    if isinstance(v, list):
        v.append(n)
    else:
        d[k] = v + n


data = {"a": 3, "b": [1, 2], "c": 10, "d": []}
print(data)
for k in sorted(data):
    print(k, total(data[k]))
bump(data, "a", 4)
bump(data, "b", 5)
bump(data, "d", 7)
print(data)
data["c"] = [data["c"], 1]
data["e"] = 0
print(data, sum(total(v) for v in data.values()))
lists = [k for k in sorted(data) if isinstance(data[k], list)]
ints = [k for k in sorted(data) if not isinstance(data[k], list)]
print(lists, ints)
print(max(data, key=lambda k: total(data[k])))
