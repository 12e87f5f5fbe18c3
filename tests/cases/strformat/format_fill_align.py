# Fill characters and the < > ^ = alignments for strs, ints and floats.
for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "·^9", "0>6", "_<5"]:
    print(spec.ljust(4), "[" + format("ab", spec) + "]", "[" + format(42, spec) + "]", "[" + format(1.5, spec) + "]")
for spec in ["=8", "*=8", "0=8", "+=8", "=+8", "x=+10.2f"]:
    print(spec.ljust(8), "[" + format(-42.0, spec) + "]", "[" + format(42.0, spec) + "]")
print("[{:^7}] [{:^6}] [{:^1}] [{:^0}]".format("odd", "odd", "odd", "odd"))
print("[{:<3}] [{:>3}]".format("toolong", "toolong"))
print("[{:{}>{}}]".format("v", "#", 6), "[{:{}^{}}]".format(7, "~", 5))
print("[{:<}] [{:>}] [{:}]".format("a", "b", "c"))
print("[{:é^9}] [{:日>4}]".format("mid", 1))
print("[{:08}] [{:08}] [{:<08}] [{:>08}]".format(-3, -3.5, 7, "x"))
