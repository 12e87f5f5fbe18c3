# __delitem__ called by `del obj[key]`, alongside __getitem__ and __setitem__ on a registry.
class Registry:
    def __init__(self):
        self.names: list[str] = []
        self.values: list[int] = []

    def __setitem__(self, key: str, value: int):
        if key in self.names:
            self.values[self.names.index(key)] = value
        else:
            self.names.append(key)
            self.values.append(value)

    def __getitem__(self, key: str) -> int:
        return self.values[self.names.index(key)]

    def __delitem__(self, key: str):
        print("deleting", key)
        i = self.names.index(key)
        del self.names[i]
        del self.values[i]

    def __len__(self) -> int:
        return len(self.names)

    def pairs(self) -> list[tuple[str, int]]:
        return [(self.names[i], self.values[i]) for i in range(len(self.names))]


r = Registry()
r["a"] = 1
r["b"] = 2
r["c"] = 3
r["a"] = 10
print(r.pairs(), len(r))
del r["b"]
print(r.pairs(), len(r))
print(r["c"])
del r["a"]
del r["c"]
print(r.pairs(), len(r))
