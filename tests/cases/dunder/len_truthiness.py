# __len__ powers len() and, without __bool__, truthiness of the object.
class Bag:
    def __init__(self):
        self.items: list[str] = []

    def add(self, x: str):
        self.items.append(x)

    def __len__(self) -> int:
        return len(self.items)


b = Bag()
print(len(b), bool(b))
if not b:
    print("empty bag")
b.add("apple")
b.add("pear")
print(len(b), bool(b))
if b:
    print("bag has", len(b), "items")
bags = [Bag(), b, Bag()]
print([len(x) for x in bags])
print(sum([len(x) for x in bags]))
nonempty = [x for x in bags if x]
print(len(nonempty), nonempty[0] is b)
count = 0
while len(b) < 5:
    b.add("x")
    count += 1
print(count, len(b))
