# A function returning int, float or str depending on its input, results used with isinstance.
def parse(tok):
    if tok.lstrip("-").isdigit():
        return int(tok)
    try:
        return float(tok)
    except ValueError:
        return tok


def bump(v):
    if isinstance(v, str):
        return v + "!"
    return v + 1


tokens = "12 -3 4.5 abc 1e3 x7 0".split()
vals = [parse(t) for t in tokens]
print(vals)
print([type(v).__name__ for v in vals])
print([bump(v) for v in vals])
nums = [v for v in vals if not isinstance(v, str)]
print(nums, sum(nums))
words = [v for v in vals if isinstance(v, str)]
print(" ".join(words))
r = parse("99")
r = bump(r)
print(r, r * 2)
r = bump(parse("hi"))
print(r, r * 2)
