# An empty dict whose values are lists: anagram groups and an adjacency list built edge by edge.
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
for key in sorted(groups):
    print(key, groups[key])

edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]
adj = {}
for a, b in edges:
    adj.setdefault(a, []).append(b)
    adj.setdefault(b, []).append(a)
print(adj)

order = []
seen = {1}
queue = [1]
while queue:
    node = queue.pop(0)
    order.append(node)
    for nxt in sorted(adj[node]):
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)
sizes = {}
for k, v in adj.items():
    sizes[k] = len(v)
print(sizes, max(sizes, key=sizes.get))
