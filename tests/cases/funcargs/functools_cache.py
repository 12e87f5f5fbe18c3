# functools.cache memoizes calls by argument; repeated calls do not re-run the body.
import functools

runs: list[str] = []


@functools.cache
def ways(n: int) -> int:
    runs.append("ways" + str(n))
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


@functools.cache
def greet(name: str, loud: bool) -> str:
    runs.append("greet " + name)
    return ("HELLO " if loud else "hello ") + name


print(ways(4))
print(len(runs))
print(ways(30))
print(len(runs))
print(greet("ann", False), greet("ann", True), greet("ann", False))
print(runs[-2:])
print(ways.cache_info())
