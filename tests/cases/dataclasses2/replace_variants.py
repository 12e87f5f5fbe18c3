# replace() on plain and frozen dataclasses: one or several fields changed, originals untouched, chained replaces.
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Config:
    host: str
    port: int
    debug: bool = False
    retries: int = 3


@dataclass
class Draft:
    title: str
    words: int
    tags: list[str]


base = Config("localhost", 8080)
dev = replace(base, debug=True)
prod = replace(base, host="example.com", port=443, retries=5)
print(base)
print(dev)
print(prod)
print(base == Config("localhost", 8080), dev == base, replace(dev, debug=False) == base)
chain = replace(replace(replace(base, port=1), port=2), port=3)
print(chain, base.port)
configs = {base: "base", dev: "dev", prod: "prod"}
print(configs[Config("localhost", 8080, True)], len(configs))
d1 = Draft("intro", 120, ["a"])
d2 = replace(d1, words=300)
print(d1, d2)
d2.tags.append("shared")
print(d1.tags, d2.tags is d1.tags)
d3 = replace(d1, tags=["fresh"])
print(d3, d1.tags)
versions = [d1]
for n in range(3):
    versions.append(replace(versions[-1], words=versions[-1].words + 50 * (n + 1)))
print([v.words for v in versions])
