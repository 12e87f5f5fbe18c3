# Default values are evaluated once at def time; later changes to the source variable are not seen.
RATE = 10


def price(qty: int, rate: int = RATE) -> int:
    return qty * rate


print(price(3))
RATE = 50
print(price(3))
print(price(3, RATE))

counter = [0]


def next_id() -> int:
    counter[0] += 1
    print("next_id called")
    return counter[0]


def make(name: str, ident: int = next_id()) -> str:
    return name + "#" + str(ident)


print("defined make")
print(make("a"))
print(make("b"))
print(make("c", next_id()))
print(make("d"), counter[0])
