# Molt reports at transpile time the TypeError CPython raises for these calls (same message).
def render(text: str, *, width: int, fill: str) -> str:
    return text.center(width, fill)


def tag(name: str, *, cls: str) -> str:
    return "<" + name + " class=" + cls + ">"


try:
    render("hi")  # type: ignore
except TypeError as e:
    print(e)
try:
    render("hi", width=6)  # type: ignore
except TypeError as e:
    print(e)
try:
    tag("div")  # type: ignore
except TypeError as e:
    print(e)
print(repr(render("hi", width=6, fill="*")))
print(tag("p", cls="x"))
