# BFS over a dict graph using seen = set(), queue = [], dist = {} and order = [] typed by later use.
graph = {
    1: [2, 3],
    2: [4],
    3: [4, 5],
    4: [6],
    5: [6],
    6: [],
    7: [1],
}


def bfs(start):
    seen = set()
    seen.add(start)
    queue = []
    queue.append(start)
    dist = {}
    dist[start] = 0
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return order, dist


order, dist = bfs(1)
print(order)
print(sorted(dist.items()))
order7, dist7 = bfs(7)
print(order7, dist7[6], max(dist7.values()))
unreached = []
for n in graph:
    if n not in dist:
        unreached.append(n)
print(unreached)
