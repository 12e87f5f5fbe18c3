# Functions return empty containers (list of empty lists, empty dict) that callers fill.
def make_buckets(n):
    out = []
    for _ in range(n):
        out.append([])
    return out


def new_index():
    return {}


def new_list():
    return []


buckets = make_buckets(3)
for x in [7, 3, 9, 12, 4, 5, 1]:
    buckets[x % 3].append(x)
print(buckets)

word_buckets = make_buckets(4)
for w in ["a", "bb", "ccc", "dd", "e", "fff"]:
    word_buckets[len(w)].append(w)
print(word_buckets)

idx = new_index()
for i, w in enumerate(["x", "y", "z"]):
    idx[w] = i
print(idx, idx["y"])

acc = new_list()
acc.append(1.5)
acc.append(2.5)
print(acc, sum(acc))
names = new_list()
names.extend(["p", "q"])
print(names + ["r"])
