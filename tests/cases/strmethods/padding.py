# zfill, center, ljust and rjust with and without a fill char.
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("[" + "hi".center(6) + "]", "[" + "hi".center(7) + "]", "[" + "hi".center(7, "*") + "]")
print("[" + "odd".center(6, "-") + "]", "[" + "x".center(4, ".") + "]")
print("[" + "left".ljust(8) + "]", "[" + "right".rjust(8) + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8, "0") + "]")
print("[" + "toolong".ljust(3) + "]", "[" + "toolong".center(2) + "]")
print("[" + "日本".center(6, "・") + "]", "[" + "é".rjust(3, "é") + "]")
rows = [("apples", 3), ("kiwis", 12), ("figs", 150)]
print("+" + "-" * 10 + "+" + "-" * 6 + "+")
for name, qty in rows:
    print("|" + name.ljust(10) + "|" + str(qty).rjust(6) + "|")
print("+" + "-" * 10 + "+" + "-" * 6 + "+")
print("TOTAL".center(18, "="))
for i in range(1, 5):
    print(str(i * 7).zfill(3), ("*" * i).rjust(4), ("*" * i).center(5, "."))
