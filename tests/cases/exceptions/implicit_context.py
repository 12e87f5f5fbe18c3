# An exception raised while handling another gets the first one as __context__ and no __cause__.
def lookup(codes: dict[str, int], name: str) -> int:
    try:
        return codes[name]
    except KeyError:
        raise RuntimeError("unknown code " + name)


codes = {"ok": 200, "missing": 404}
for name in ["ok", "teapot", "missing"]:
    try:
        print(name, lookup(codes, name))
    except RuntimeError as e:
        print("error:", e)
        ctx = e.__context__
        print("  context:", type(ctx).__name__, ctx)
        print("  cause is None:", e.__cause__ is None)
        print("  suppress:", e.__suppress_context__)

try:
    raise ValueError("standalone")
except ValueError as e:
    print("no context:", e.__context__ is None)
