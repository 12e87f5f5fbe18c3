# Module dicts and lists that the program only reads become Rust tables;
# any other use keeps them ordinary shared containers.
TIERS = {"basic": 0.0, "silver": 0.05, "gold": 0.12}
STEPS = [(100, 0.10), (20, 0.05)]
CODES = {1: "one", -2: "minus two", 30: 'quote " and\nnewline'}
NAMES = ["a", "b", "ünï"]
FLAGS = {"on": True, "off": False}
ROWS = [(1, None, "x"), (2, None, "y")]
MIXED = {"a": 0, "b": 0.5}
SHOWN = [1, 2, 3]
MUT = {"x": 1}
ALIASED = [1, 2]
PASSED = {"k": 1}
SHADOWED = {"s": 1}


def rate(tier, qty):
    if tier not in TIERS:
        raise ValueError(f"unknown tier {tier!r}")
    r = TIERS[tier]
    for lo, extra in STEPS:
        if qty >= lo:
            r += extra
            break
    return r


class Labeler:
    def __init__(self, prefix):
        self.prefix = prefix

    def label(self, code):
        return self.prefix + CODES.get(code, "?")


def evens():
    for n in NAMES:
        yield n * 2


def count(d):
    return len(d)


def shadow(SHADOWED):
    return SHADOWED["t"]


def main():
    print(rate("gold", 150), rate("basic", 5), rate("silver", 20), len(TIERS), len(STEPS))
    print(CODES.get(1), CODES.get(3), CODES.get(-2, "none"), CODES[30])
    print([n.upper() for n in NAMES], "a" in NAMES, "z" not in NAMES, NAMES[-1], len(NAMES))
    print(FLAGS["on"], FLAGS.get("off"), FLAGS.get("maybe"), "on" in FLAGS)
    print([r for r in ROWS if r[0] > 1], ROWS[0][1] is None)
    print({k: v for k, v in STEPS})
    print(Labeler("#").label(1), Labeler("#").label(7), list(evens()))
    print(MIXED["a"], MIXED["b"])
    print(SHOWN)
    MUT["y"] = 2
    print(MUT)
    alias = ALIASED
    alias.append(3)
    print(ALIASED)
    print(count(PASSED), SHADOWED["s"], shadow({"t": 5}))
    try:
        print(TIERS["platinum"])
    except KeyError as e:
        print("KeyError", e)
    try:
        print(CODES[4])
    except KeyError as e:
        print("KeyError", e)
    try:
        print(NAMES[5])
    except IndexError as e:
        print("IndexError", e)
    try:
        rate("x", 1)
    except ValueError as e:
        print(e)


main()
