# Collecting several kinds of errors from a batch job and summarising them by type name.
def process(item: str) -> int:
    kind, _, payload = item.partition(":")
    if kind == "int":
        return int(payload)
    if kind == "idx":
        return [10, 20, 30][int(payload)]
    if kind == "div":
        return 100 // int(payload)
    if kind == "key":
        return {"a": 1}[payload]
    raise NotImplementedError(f"unknown kind {kind!r}")


jobs = ["int:42", "int:4x", "idx:1", "idx:7", "div:5", "div:0", "key:a", "key:z", "zip:1"]
errors: dict[str, list[str]] = {}
results: list[int] = []
for job in jobs:
    try:
        results.append(process(job))
    except Exception as exc:
        errors.setdefault(type(exc).__name__, []).append(str(exc))
print(results)
for name in sorted(errors):
    print(name, errors[name])
print(sum(len(v) for v in errors.values()), "errors")
