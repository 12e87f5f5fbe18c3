# Runaway recursion raises RecursionError (CPython's limit of 1000 frames) instead of crashing.
def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(998))
try:
    depth(5000)
except RecursionError as e:
    print("caught:", e)
print(depth(10))


def forever(n: int) -> int:
    return forever(n + 1)


print("start")
print(forever(0))
