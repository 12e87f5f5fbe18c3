# Operator methods the program never uses an operator for are not called,
# so their parameters need no type.


class Plan:
    def __init__(self):
        self.v = []

    def add(self, c):
        self.v.append(c)

    def __len__(self):
        return len(self.v)

    def __getitem__(self, index):
        return self.v[index]

    def __contains__(self, item):
        return item in self.v

    def __add__(self, other):
        return self.v + other.v

    def __lt__(self, other):
        return len(self.v) < len(other.v)


p = Plan()
p.add(3)
p.add(4)
print(len(p), p.v)
