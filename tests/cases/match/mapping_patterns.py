# Mapping patterns match required keys (and literal values) and ignore extra keys.
def area(shape: dict[str, str]) -> str:
    match shape:
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": "rect", "w": w, "h": h}:
            return f"rect {w}x{h}"
        case {"type": t}:
            return f"unknown shape {t}"
        case _:
            return "not a shape"


shapes: list[dict[str, str]] = [
    {"type": "circle", "r": "2"},
    {"type": "rect", "w": "3", "h": "4", "color": "red"},
    {"type": "triangle"},
    {"kind": "circle"},
    {"type": "circle"},
    {"r": "5", "type": "circle"},
]
for s in shapes:
    print(area(s))
config: dict[str, int] = {"debug": 1, "level": 3}
match config:
    case {"debug": 1, "level": lv}:
        print("debug at level", lv)
empty: dict[str, int] = {}
match empty:
    case {"debug": _}:
        print("has debug")
    case {}:
        print("empty mapping matches {}")
match config:
    case {}:
        print("{} also matches a non-empty mapping")
