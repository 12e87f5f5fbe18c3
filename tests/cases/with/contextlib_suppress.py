# contextlib.suppress silences the listed exception types only.
import contextlib

values = ["3", "x", "5", ""]
total = 0
for v in values:
    with contextlib.suppress(ValueError):
        total += int(v)
        print("added", v)
print("total", total)
d = {"a": 1}
with contextlib.suppress(KeyError, IndexError):
    print(d["a"])
    print(d["zzz"])
print("after suppress")
try:
    with contextlib.suppress(KeyError):
        print(1 // 0)
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
