# finally blocks at every level run while an uncaught-here exception propagates outward.
order: list[str] = []


def inner(x: int) -> int:
    try:
        order.append("inner try")
        return 10 // x
    finally:
        order.append("inner finally")


def middle(x: int) -> int:
    try:
        order.append("middle try")
        v = inner(x)
        order.append("middle after inner")
        return v
    finally:
        order.append("middle finally")


def outer(x: int) -> str:
    try:
        return str(middle(x))
    except ZeroDivisionError as e:
        order.append("outer except")
        return "error: " + str(e)
    finally:
        order.append("outer finally")


print(outer(2))
print(order)
order.clear()
print(outer(0))
print(order)
