# split() on whitespace and split(sep) on a separator, with and without maxsplit.
s = "  the quick\tbrown\n fox  "
print(s.split())
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".split(",", 2))
print("a,b,,c".split(",", 0))
print("".split(), "".split(","))
print("   ".split(), "   ".split(" "))
print("one".split(","), "one two".split(" ", 5))
print("a::b::c".split("::"), "::".split("::"))
print("2024-03-15".split("-"))
print("x y z w".split(" ", 2))
print("x  y".split(" "))
print("a\u00a0b c".split())
print("α,β,γ".split(","), "日本語 テキスト".split())
parts = "10 20 30".split()
total = 0
for p in parts:
    total += int(p)
print(parts, total, len(parts))
print("a-b-c".split("-", -1))
print("no separators here".split("|"))
