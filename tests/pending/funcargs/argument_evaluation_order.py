# Arguments are evaluated left to right as written, regardless of keyword names or parameter order.
log: list[str] = []


def v(name: str, value: int) -> int:
    log.append(name)
    return value


def f(a: int, b: int, c: int) -> int:
    return a * 100 + b * 10 + c


print(f(v("x", 1), v("y", 2), v("z", 3)), log)
log.clear()
print(f(c=v("c", 3), a=v("a", 1), b=v("b", 2)), log)
log.clear()
print(f(v("p", 1), c=v("q", 3), b=v("r", 2)), log)
log.clear()
print(f(*[v("s1", 1), v("s2", 2)], c=v("k", 9)), log)
