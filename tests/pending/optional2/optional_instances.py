# Optional class instances: a seat map where each seat holds `Guest | None`, with booking, leaving and lookups.
class Guest:
    def __init__(self, name: str, vip: bool):
        self.name = name
        self.vip = vip

    def __repr__(self) -> str:
        return self.name + ("*" if self.vip else "")


class Venue:
    def __init__(self, seats: int):
        self.seats: list[Guest | None] = [None] * seats

    def book(self, g: Guest) -> int | None:
        for i in range(len(self.seats)):
            if self.seats[i] is None:
                self.seats[i] = g
                return i
        return None

    def find(self, name: str) -> Guest | None:
        for g in self.seats:
            if g is not None and g.name == name:
                return g
        return None

    def leave(self, name: str) -> bool:
        for i in range(len(self.seats)):
            g = self.seats[i]
            if g is not None and g.name == name:
                self.seats[i] = None
                return True
        return False

    def free(self) -> int:
        return self.seats.count(None)


v = Venue(4)
print(v.seats, v.free())
for g in [Guest("ann", False), Guest("bob", True), Guest("cy", False)]:
    print("booked", g, "at", v.book(g))
print(v.seats)
print(v.leave("bob"), v.leave("zed"), v.seats)
print(v.book(Guest("dee", True)), v.book(Guest("eve", False)), v.book(Guest("fay", False)))
print(v.seats, v.free())
found = v.find("dee")
if found is not None:
    print("dee vip?", found.vip)
print(v.find("bob") is None, v.find("cy"))
vips = [g.name for g in v.seats if g is not None and g.vip]
print(vips)
