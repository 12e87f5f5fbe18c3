# str(), repr() and .args of builtin exception instances with zero, one and two arguments.
errors: list[Exception] = [ValueError("bad value"), ValueError(), ValueError("code", 42), KeyError("k"), RuntimeError("x")]
for e in errors:
    print(type(e).__name__)
    print("  str:", str(e))
    print("  repr:", repr(e))
    print("  args:", e.args, len(e.args))

try:
    raise TypeError("wrong type: " + str(3))
except TypeError as e:
    print(repr(e), e.args[0])
try:
    int("z")
except ValueError as e:
    print(repr(e))
    print(e.args)
