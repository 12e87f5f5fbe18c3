# An exception raised at the bottom of a recursion unwinds every level, running each finally.
unwound: list[int] = []


def descend(depth: int, limit: int) -> int:
    try:
        if depth == limit:
            raise RecursionError(f"hit limit {limit}")
        return descend(depth + 1, limit) + 1
    finally:
        unwound.append(depth)


def safe_depth(limit: int) -> str:
    unwound.clear()
    try:
        return str(descend(0, limit))
    except RecursionError as e:
        return "stopped: " + str(e)


print(safe_depth(4))
print(unwound)
print(safe_depth(0))
print(unwound)
print(isinstance(RecursionError("x"), RuntimeError))
