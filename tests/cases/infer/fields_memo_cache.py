# A dict field used as a memo cache (int -> int) filled from a recursive method, with a hit counter field.
class Memo:
    def __init__(self):
        self.cache = {}
        self.hits = 0
        self.misses = 0

    def ways(self, n):
        if n < 0:
            return 0
        if n == 0:
            return 1
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        self.misses += 1
        r = self.ways(n - 1) + self.ways(n - 2) + self.ways(n - 3)
        self.cache[n] = r
        return r

    def known(self):
        return sorted(self.cache.keys())

    def reset(self):
        self.cache = {}
        self.hits = 0
        self.misses = 0


m = Memo()
print(m.ways(10), m.hits, m.misses)
print(m.ways(20), m.hits, m.misses)
print(m.known()[:5], len(m.known()))
print(m.cache[15], m.cache[20] - m.cache[19])
m.reset()
print(m.known(), m.hits)
print(m.ways(5), m.cache)
