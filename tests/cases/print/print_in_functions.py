# Output interleaving from nested function calls.
def log(msg: str) -> None:
    print("[log]", msg)


def compute(n: int) -> int:
    log("compute " + str(n))
    if n <= 1:
        return 1
    r = compute(n - 1) * n
    log("result " + str(r))
    return r


def banner(text: str) -> None:
    line = "=" * (len(text) + 4)
    print(line)
    print("=", text, "=")
    print(line)


banner("start")
print("value:", compute(4))
banner("the end")
print(log("direct"), log("second"))
