# An exception raised several calls deep unwinds through intermediate frames to the handler.
trace: list[str] = []


def level3(n: int) -> int:
    trace.append("level3 " + str(n))
    if n % 3 == 0:
        raise ValueError("multiple of three: " + str(n))
    return n * 10


def level2(n: int) -> int:
    trace.append("level2 " + str(n))
    value = level3(n + 1)
    trace.append("level2 after " + str(n))
    return value + 1


def level1(n: int) -> int:
    trace.append("level1 " + str(n))
    return level2(n * 2)


for n in [1, 2, 4]:
    trace.clear()
    try:
        print(n, "->", level1(n))
    except ValueError as e:
        print(n, "-> error:", e)
    print("  ", " | ".join(trace))
