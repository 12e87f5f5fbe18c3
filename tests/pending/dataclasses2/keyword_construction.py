# Constructing dataclasses with keyword arguments in any order, mixed positional/keyword, and defaults skipped.
from dataclasses import dataclass


@dataclass
class Request:
    method: str
    path: str
    status: int = 200
    size: int = 0
    cached: bool = False


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int
    alpha: float = 1.0

    def hex(self) -> str:
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


reqs = [
    Request("GET", "/"),
    Request(path="/login", method="POST", status=302),
    Request("GET", "/img.png", size=20480, cached=True),
    Request("GET", path="/missing", status=404),
    Request(cached=False, size=12, status=500, path="/api", method="PUT"),
]
for r in reqs:
    print(r)
print([r.status for r in reqs if r.status >= 300])
print(sum([r.size for r in reqs]), [r.path for r in reqs if r.cached])
print(Request("GET", "/") == Request(method="GET", path="/", status=200))
red = Color(255, 0, 0)
teal = Color(g=128, b=128, r=0, alpha=0.5)
print(red, teal)
print(red.hex(), teal.hex(), Color(b=255, g=255, r=255).hex())
print(Color(1, 2, 3) == Color(r=1, g=2, b=3, alpha=1.0), {red: "red", teal: "teal"}[Color(255, 0, 0)])
