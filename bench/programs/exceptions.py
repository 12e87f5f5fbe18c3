"""Exceptions: validates N order lines, most good, some malformed. Every bad
field raises (int() on text, a missing key, a rule broken), and the caller
catches by class, counts and goes on: raise and catch in a tight loop."""

N = 400_000  # smoke: 2000


class OrderError(Exception):
    """An order line Molt's shop refuses."""


class UnknownProduct(OrderError):
    pass


class BadQuantity(OrderError):
    pass


PRICES = {"apple": 3, "pear": 4, "plum": 2, "fig": 7, "kiwi": 5}


def make_line(i: int) -> str:
    names = ["apple", "pear", "plum", "fig", "kiwi", "durian"]
    name = names[(i * 7) % len(names)]
    if i % 11 == 0:
        quantity = "many"
    elif i % 13 == 0:
        quantity = "-" + str(i % 5)
    else:
        quantity = str(1 + i % 9)
    return name + ":" + quantity


def price(line: str) -> int:
    name, _, quantity_text = line.partition(":")
    try:
        unit = PRICES[name]
    except KeyError:
        raise UnknownProduct(name) from None
    quantity = int(quantity_text)
    if quantity <= 0:
        raise BadQuantity(f"{name}: {quantity}")
    return unit * quantity


def main(n: int) -> None:
    total = 0
    unknown = 0
    bad_quantity = 0
    unreadable = 0
    for i in range(n):
        line = make_line(i)
        try:
            total += price(line)
        except UnknownProduct:
            unknown += 1
        except BadQuantity:
            bad_quantity += 1
        except ValueError:
            unreadable += 1
    print("total", total)
    print("unknown", unknown, "bad quantity", bad_quantity, "unreadable", unreadable)


main(N)
