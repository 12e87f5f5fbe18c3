# Parameters and locals shadow module-level names; globals are readable.
x = 100
scale = 3


def uses_global(v: int) -> int:
    return v * scale


def shadows(x: int) -> int:
    x = x + 1
    return x


def local_named_like_global(v: int) -> int:
    scale = 10
    return v * scale


def param_reassign(n: int) -> int:
    n = n * 2
    n += 1
    return n


print(uses_global(5), shadows(5), local_named_like_global(5))
print(x, scale)
n = 7
print(param_reassign(n), n)
scale = 4
print(uses_global(5))
print(shadows(x), x)
