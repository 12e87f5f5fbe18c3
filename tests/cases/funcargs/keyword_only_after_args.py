# Parameters after *args are keyword-only; the collected args never swallow them.
def log(level: str, *msgs: str, sep: str = " ", prefix: str = "") -> str:
    return prefix + "[" + level + "] " + sep.join(msgs)


print(log("INFO"))
print(log("INFO", "started"))
print(log("WARN", "disk", "almost", "full"))
print(log("ERR", "a", "b", sep="/"))
print(log("DBG", "x", prefix=">> ", sep=""))
parts = ["one", "two", "three"]
print(log("INFO", *parts, sep="+"))


def bounded(*vals: int, lo: int, hi: int) -> list[int]:
    return [min(max(v, lo), hi) for v in vals]


print(bounded(-5, 3, 12, lo=0, hi=10))
print(bounded(lo=1, hi=2))
