# Inverting a dict, and grouping keys that share a value.
colors = {"red": 1, "green": 2, "blue": 3, "crimson": 1, "navy": 3}
by_code: dict[int, list[str]] = {}
for name, code in colors.items():
    if code in by_code:
        by_code[code].append(name)
    else:
        by_code[code] = [name]
print(by_code)
last: dict[int, str] = {}
for name2, code2 in colors.items():
    last[code2] = name2
print(last)
for c in sorted(list(by_code.keys())):
    print(c, ", ".join(by_code[c]))
codes = {"a": "01", "b": "10", "c": "11"}
decode: dict[str, str] = {}
for letter, bits in codes.items():
    decode[bits] = letter
msg = "011011"
out = ""
for i in range(0, len(msg), 2):
    out += decode[msg[i:i + 2]]
print(out)
