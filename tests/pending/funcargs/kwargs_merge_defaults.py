# **kwargs merged over a defaults dict yields configuration with overrides applied in order.
def config(**overrides: int) -> dict[str, int]:
    settings = {"width": 80, "height": 24, "depth": 8}
    settings.update(overrides)
    return settings


print(config())
print(config(height=50))
print(config(depth=1, color=3, width=100))
base = {"width": 10}
print(config(**base, height=1))


def describe(title: str, **fields: int) -> str:
    parts = [title]
    for k in sorted(fields):
        parts.append(k + "=" + str(fields[k]))
    return " ".join(parts)


print(describe("empty"))
print(describe("pt", y=2, x=1))
print(describe("cfg", **config(depth=0)))
