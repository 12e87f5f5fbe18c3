# A nested function's local assignment shadows the enclosing variable without changing it.
def outer() -> list[str]:
    x = "outer"
    out: list[str] = []

    def shadow() -> str:
        x = "inner"
        return x

    def read() -> str:
        return x

    out.append(shadow())
    out.append(read())
    out.append(x)

    def param_shadow(x: str) -> str:
        return "param " + x

    out.append(param_shadow("p"))
    out.append(x)
    return out


print(outer())
n = 1


def uses_global() -> int:
    def inner() -> int:
        return n * 10

    return inner()


print(uses_global())
n = 7
print(uses_global())
