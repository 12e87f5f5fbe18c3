# raise with a bare class instantiates it with no arguments.
def fail(kind: int) -> None:
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise KeyError
    if kind == 2:
        raise RuntimeError
    raise NotImplementedError


class Empty(Exception):
    pass


for kind in range(4):
    try:
        fail(kind)
    except Exception as e:
        print(type(e).__name__, repr(str(e)), e.args, repr(e))
try:
    raise Empty
except Empty as e:
    print("Empty", repr(e), e.args)
