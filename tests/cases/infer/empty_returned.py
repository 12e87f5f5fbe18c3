# Unannotated functions return an empty list/dict that the caller fills in.
def new_list():
    return []


def new_table():
    return {}


def make_buckets(n):
    out = []
    for _ in range(n):
        out.append([])
    return out


xs = new_list()
for i in range(5):
    xs.append(i * 10)
print(xs, sum(xs))
names = new_list()
names.append("zed")
names.append("amy")
print(sorted(names), xs)
t = new_table()
for w in ["x", "y", "x", "z", "x"]:
    t[w] = t.get(w, 0) + 1
print(sorted(t.items()))
buckets = make_buckets(3)
for n in range(10):
    buckets[n % 3].append(n)
print(buckets, [len(b) for b in buckets])
print(new_list(), new_table(), new_list() is new_list())
