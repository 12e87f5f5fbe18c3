# Functions that build, read and modify dicts.
def char_count(s: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for ch in s:
        out[ch] = out.get(ch, 0) + 1
    return out


def is_anagram(a: str, b: str) -> bool:
    return sorted(list(a)) == sorted(list(b))


def add_all(d: dict[str, int], keys: list[str]) -> None:
    for k in keys:
        d[k] = d.get(k, 0) + 1


def most_common(d: dict[str, int]) -> str:
    best = ""
    best_n = -1
    for k, n in d.items():
        if n > best_n:
            best = k
            best_n = n
    return best


print(char_count("hello"))
print(is_anagram("listen", "silent"), is_anagram("abc", "abd"), is_anagram("aab", "abb"))
tally: dict[str, int] = {}
add_all(tally, ["x", "y", "x"])
add_all(tally, ["z", "x"])
print(tally, most_common(tally))
print(most_common(char_count("abracadabra")))
