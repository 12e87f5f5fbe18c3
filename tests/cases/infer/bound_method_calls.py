"""A method bound to a name and called through it."""


def rotate(items, k):
    ins = items.insert
    pop = items.pop
    for _ in range(k):
        ins(len(items) - 1, pop(0))
    return items


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n


c = Counter()
add = c.add
print(add(2), add(3), c.n)
xs = [3, 1, 2]
push = xs.append
push(9)
alias = xs
push(10)
print(xs, alias)
print(rotate([1, 2, 3, 4], 2))
ys = [1]
app = ys.append
ys = [100]
app(2)
print(ys)
words = "a b c".split
print(words(), words(" ", 1))
