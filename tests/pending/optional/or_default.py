# `x or default` and conditional expressions supply defaults for None values.
def greeting(name: str | None) -> str:
    return "hello " + (name or "stranger")


def port_of(p: int | None) -> int:
    return p if p is not None else 8080


def port_or(p: int | None) -> int:
    return p or 8080


print(greeting("ann"))
print(greeting(None))
print(greeting(""))
print(port_of(None), port_of(443), port_of(0))
print(port_or(None), port_or(443), port_or(0))
nick: str | None = None
display = nick or "anonymous"
print(display)
nick = "zed"
display = nick or "anonymous"
print(display)
limit: int | None = None
print((limit or 10) * 2)
limit = 3
print((limit or 10) * 2)
