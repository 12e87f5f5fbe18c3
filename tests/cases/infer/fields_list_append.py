# Unannotated class with a list field initialised empty and appended to by other methods.
class Inventory:
    def __init__(self):
        self.items = []
        self.log = []

    def add(self, name, qty):
        self.items.append((name, qty))
        self.log.append("add " + name)

    def remove(self, name):
        for i in range(len(self.items)):
            if self.items[i][0] == name:
                del self.items[i]
                self.log.append("remove " + name)
                return True
        self.log.append("missing " + name)
        return False

    def total(self):
        return sum(q for _, q in self.items)

    def names(self):
        return [n for n, _ in self.items]


inv = Inventory()
inv.add("apple", 3)
inv.add("pear", 5)
inv.add("plum", 2)
print(inv.names(), inv.total())
print(inv.remove("pear"), inv.remove("kiwi"))
print(inv.items, inv.total())
for line in inv.log:
    print(line)
other = Inventory()
print(other.items, other.total(), len(inv.log))
