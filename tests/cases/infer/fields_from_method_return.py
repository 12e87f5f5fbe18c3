# Fields assigned from the return values of other methods (a total, a label, a list) and updated later.
class Order:
    def __init__(self, items):
        self.items = items
        self.total = self.compute_total()
        self.label = self.make_label()
        self.names = self.item_names()
        self.changes = 0

    def compute_total(self):
        t = 0
        for name, price, qty in self.items:
            t += price * qty
        return t

    def make_label(self):
        return "order(" + str(len(self.items)) + " items, " + str(self.total) + ")"

    def item_names(self):
        return sorted(name for name, price, qty in self.items)

    def add(self, name, price, qty):
        self.items.append((name, price, qty))
        self.total = self.compute_total()
        self.label = self.make_label()
        self.names = self.item_names()
        self.changes += 1

    def discount(self, pct):
        self.total = self.total - self.total * pct // 100
        self.changes += 1
        return self.total


o = Order([("pen", 3, 4), ("book", 12, 1)])
print(o.total, o.label, o.names, o.changes)
o.add("bag", 25, 2)
print(o.total, o.label, o.names, o.changes)
print(o.discount(10), o.total + 1, o.changes)
print(o.label.upper(), o.names[0], len(o.items))
