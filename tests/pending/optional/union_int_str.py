# An `int | str` union narrowed with isinstance.
def render(v: int | str) -> str:
    if isinstance(v, int):
        return "#" + str(v * 10)
    return "'" + v.upper() + "'"


def weight(v: int | str) -> int:
    if isinstance(v, str):
        return len(v)
    return v


def parse(s: str) -> int | str:
    if s.isdigit():
        return int(s)
    return s


tokens = "abc 12 x 7 hello 0".split()
values = [parse(t) for t in tokens]
print(values)
print([render(v) for v in values])
print(sum([weight(v) for v in values]))
ints = [v for v in values if isinstance(v, int)]
print(ints, max(ints))
mixed: int | str = 5
print(render(mixed))
mixed = "five"
print(render(mixed))
