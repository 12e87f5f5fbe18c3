# Dicts of lists built from empty containers via setdefault and `if k not in d`.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "cranberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
for k in sorted(by_letter):
    print(k, by_letter[k])
by_len = {}
for w in words:
    n = len(w)
    if n not in by_len:
        by_len[n] = []
    by_len[n].append(w)
print(sorted(by_len.items()))
edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]
graph = {}
for a, b in edges:
    if a not in graph:
        graph[a] = []
    if b not in graph:
        graph[b] = []
    graph[a].append(b)
    graph[b].append(a)
for node in sorted(graph):
    print(node, sorted(graph[node]), len(graph[node]))
print(max(graph, key=lambda n: len(graph[n])))
