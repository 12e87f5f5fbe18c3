# A graph of Node objects with adjacency lists: BFS distances, recursive DFS order, reachability, paths.
class Node:
    def __init__(self, name: str):
        self.name = name
        self.edges: list[Node] = []

    def link(self, other: "Node"):
        self.edges.append(other)


class Graph:
    def __init__(self):
        self.nodes: dict[str, Node] = {}

    def node(self, name: str) -> Node:
        if name not in self.nodes:
            self.nodes[name] = Node(name)
        return self.nodes[name]

    def edge(self, a: str, b: str):
        self.node(a).link(self.node(b))
        self.node(b).link(self.node(a))

    def bfs(self, start: str) -> dict[str, int]:
        dist: dict[str, int] = {start: 0}
        queue = [self.nodes[start]]
        while queue:
            cur = queue.pop(0)
            for nxt in cur.edges:
                if nxt.name not in dist:
                    dist[nxt.name] = dist[cur.name] + 1
                    queue.append(nxt)
        return dist

    def dfs(self, node: Node, seen: list[str]):
        seen.append(node.name)
        for nxt in node.edges:
            if nxt.name not in seen:
                self.dfs(nxt, seen)

    def path(self, a: str, b: str) -> list[str]:
        prev: dict[str, str] = {a: a}
        queue = [self.nodes[a]]
        while queue:
            cur = queue.pop(0)
            for nxt in cur.edges:
                if nxt.name not in prev:
                    prev[nxt.name] = cur.name
                    queue.append(nxt)
        if b not in prev:
            return []
        out = [b]
        while out[-1] != a:
            out.append(prev[out[-1]])
        out.reverse()
        return out


g = Graph()
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("f", "g")]:
    g.edge(a, b)
print(sorted(g.nodes.keys()))
print([(n.name, len(n.edges)) for n in g.nodes.values()])
print(g.bfs("a"))
order: list[str] = []
g.dfs(g.nodes["a"], order)
print(order)
print(g.path("a", "e"), g.path("e", "c"), g.path("a", "g"))
island: list[str] = []
g.dfs(g.nodes["g"], island)
print(island, "e" in g.bfs("b"), "f" in g.bfs("b"))
print(max(g.bfs("e").values()))
