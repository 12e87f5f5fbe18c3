# Functions returning `int | None` / `str | None` for parse failures; callers check results before use.
def parse_int(s: str) -> int | None:
    s = s.strip()
    if s == "":
        return None
    sign = 1
    if s[0] == "-":
        sign = -1
        s = s[1:]
    if not s.isdigit():
        return None
    return sign * int(s)


def parse_pair(s: str) -> tuple[int, int] | None:
    parts = s.split(",")
    if len(parts) != 2:
        return None
    a = parse_int(parts[0])
    b = parse_int(parts[1])
    if a is None or b is None:
        return None
    return (a, b)


def key_of(line: str) -> str | None:
    if "=" not in line:
        return None
    return line.split("=")[0].strip()


inputs = ["42", " -7 ", "", "3.5", "-", "x1", "0007"]
print([parse_int(s) for s in inputs])
good = 0
total = 0
for s in inputs:
    v = parse_int(s)
    if v is not None:
        good += 1
        total += v
print(good, total)
for s in ["3,4", "10, -2", "1,2,3", "a,b", ",5"]:
    p = parse_pair(s)
    if p is None:
        print(repr(s), "-> invalid")
    else:
        print(repr(s), "->", p[0] * p[1])
print([key_of(x) for x in ["a = 1", "noequals", " b=2=3"]])
