# Grouping consecutive equal items while iterating (run-length encoding).
def encode(s: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for ch in s:
        if len(out) > 0 and out[-1][0] == ch:
            last = out.pop()
            out.append((ch, last[1] + 1))
        else:
            out.append((ch, 1))
    return out


def decode(runs: list[tuple[str, int]]) -> str:
    text = ""
    for ch, k in runs:
        text += ch * k
    return text


for sample in ["aaabccdddd", "", "abc", "zzzzzz", "ééaa😀😀😀"]:
    runs = encode(sample)
    packed = ""
    for ch, k in runs:
        packed += str(k) + ch
    print(repr(sample), runs, packed, decode(runs) == sample)
