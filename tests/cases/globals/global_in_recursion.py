# A global call counter incremented by a recursive function.
calls = 0
depth_max = 0


def fib(n: int, depth: int) -> int:
    global calls, depth_max
    calls += 1
    if depth > depth_max:
        depth_max = depth
    if n < 2:
        return n
    return fib(n - 1, depth + 1) + fib(n - 2, depth + 1)


for n in range(0, 16, 3):
    calls = 0
    depth_max = 0
    r = fib(n, 1)
    print(n, r, calls, depth_max)
