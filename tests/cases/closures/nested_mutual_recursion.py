# Two nested functions call each other (mutual recursion) through the enclosing scope.
def parity_report(limit: int) -> list[str]:
    def is_even(n: int) -> bool:
        if n == 0:
            return True
        return is_odd(n - 1)

    def is_odd(n: int) -> bool:
        if n == 0:
            return False
        return is_even(n - 1)

    return [str(n) + (" even" if is_even(n) else " odd") for n in range(limit)]


def ping(n: int) -> str:
    if n <= 0:
        return "done"
    return "ping " + pong(n - 1)


def pong(n: int) -> str:
    if n <= 0:
        return "done"
    return "pong " + ping(n - 1)


print(parity_report(6))
print(ping(5))
print(pong(4))
