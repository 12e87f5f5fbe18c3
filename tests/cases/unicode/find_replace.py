# Searching and replacing in non-ASCII text: positions are code point indexes.
s = "café, crème, café au lait"
print(s.find("café"), s.rfind("café"), s.find("è"), s.index("au"), s.rindex("é"))
print(s.count("é"), s.count("café"), s.count(""), len(s))
print(s.replace("é", "e"), s.replace("café", "thé", 1))
print(s.find("é", 4), s.find("é", 4, 10), s.rfind("é", 0, 10))
print(s.split(", "), s.rsplit(" ", 2), s.partition("crème"))
print(s.startswith("caf"), s.endswith("lait"), "é" in s, "ê" in s)
t = "日本語のテキストと日本"
print(t.find("日本"), t.rfind("日本"), t.count("日本"), t.replace("日本", "にほん"))
print(t.split("と"), t.strip("日本"), t.lstrip("日"), t.rstrip("本"))
e = "😀x😀y😀"
print(e.find("x"), e.index("y"), e.count("😀"), e.split("😀"), e.replace("😀", "-"))
print("→".join(["α", "β", "γ"]), "ΑΒΓ".center(9, "·"), "é".zfill(4), "ñ".ljust(3, "~"), "ñ".rjust(3, "~"))
