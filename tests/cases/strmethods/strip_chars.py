# strip/lstrip/rstrip with a set of characters: order does not matter, only membership.
s = "xyxhello worldyxy"
print(s.strip("xy"), s.strip("yx"), s.lstrip("xy"), s.rstrip("xy"))
print(s.strip("x"), s.strip("y"), s.strip("xyz"), s.strip("abc"))
print("--==title==--".strip("-="), "--==title==--".lstrip("-"), "--==title==--".rstrip("=-"))
print("  pad  ".strip(" "), repr("  pad  ".strip("p ")), repr("  pad  ".strip("d")))
print("\n\t text \r\n".strip(), repr("\n\t text \r\n".strip("\n")))
print("1.5000".rstrip("0"), "1.0000".rstrip("0").rstrip("."), "007".lstrip("0"))
print(repr("aaaa".strip("a")), repr("abab".strip("ba")), "abcab".strip("ab"))
print("[value]".strip("[]"), "((x))".strip("()"), "'quoted'".strip("'"))
print("ñoñoñ".strip("ñ"), "日本日".strip("日"), "😀hi😀".strip("😀"))
for w in ["..a..", ".b", "c.", "d", "...."]:
    print(repr(w.strip(".")), repr(w.lstrip(".")), repr(w.rstrip(".")))
