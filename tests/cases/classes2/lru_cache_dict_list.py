# An LRU cache class built on a dict of values and a list of keys in recency order, with hit/miss stats.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: dict[str, int] = {}
        self.order: list[str] = []
        self.hits = 0
        self.misses = 0
        self.evicted: list[str] = []

    def touch(self, key: str):
        if key in self.order:
            self.order.remove(key)
        self.order.append(key)

    def get(self, key: str) -> int:
        if key in self.data:
            self.hits += 1
            self.touch(key)
            return self.data[key]
        self.misses += 1
        return -1

    def put(self, key: str, value: int):
        if key not in self.data and len(self.data) >= self.capacity:
            oldest = self.order.pop(0)
            del self.data[oldest]
            self.evicted.append(oldest)
        self.data[key] = value
        self.touch(key)

    def keys(self) -> list[str]:
        return list(self.order)

    def hit_rate(self) -> float:
        total = self.hits + self.misses
        if total == 0:
            return 0.0
        return self.hits / total


cache = LRUCache(3)
print(cache.get("a"), cache.hit_rate())
cache.put("a", 1)
cache.put("b", 2)
cache.put("c", 3)
print(cache.keys())
print(cache.get("a"))
cache.put("d", 4)
print(cache.keys(), cache.evicted)
print(cache.get("b"), cache.get("c"))
cache.put("a", 10)
cache.put("e", 5)
print(cache.keys(), cache.evicted)
print(cache.get("a"), cache.get("d"), cache.get("e"))
print(cache.hits, cache.misses, round(cache.hit_rate(), 3))
print(sorted(cache.data.items()))
small = LRUCache(1)
for k in ["x", "y", "x", "z"]:
    small.put(k, len(small.evicted))
print(small.keys(), small.evicted, small.data)
