# An uncaught user exception that subclasses ValueError escapes past a handler for KeyError.
class NegativeQuantity(ValueError):
    pass


def line_total(qty: int, price: int) -> int:
    if qty < 0:
        raise NegativeQuantity(f"quantity {qty} is negative")
    return qty * price


orders = [(2, 5), (1, 10), (-3, 4)]
for qty, price in orders:
    try:
        print("line", line_total(qty, price))
    except KeyError:
        print("not reached")
print("unreachable")
