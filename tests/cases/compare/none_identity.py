# is / is not with None.
def nothing() -> None:
    print("in nothing")


def maybe_print(flag: bool) -> None:
    if flag:
        print("flag is set")
        return
    print("flag is clear")


n = None
print(n is None, n is not None)
print(n)
print(nothing() is None)
r = nothing()
print(r, r is None, r is not None)
print(maybe_print(True))
print(maybe_print(False) is None)
print(str(None), repr(None), str(n) == "None")
print(None is None, None is not None)
if n is None:
    print("n is None")
else:
    print("n is something")
if nothing() is not None:
    print("unexpected")
print(n is None and r is None)
