# format(value, spec) and format(value) for ints, floats, strs and bools.
print(repr(format(42)), repr(format(3.5)), repr(format("s")), repr(format(True)), repr(format(-0.0)))
print(format(42, ""), format(42, "5"), format(42, "<5") + "|", format(42, "b"), format(42, "#o"))
print(format(1.23456, ".3f"), format(1.23456, "e"), format(1.23456, ".2g"), format(0.5, "%"))
print(format(1e16, ""), format(1e16, "g"), format(1e16, ".1f"), format(123.0, "g"))
print(format("abc", ">6"), format("abc", ".1"), format("abc", "*^7"))
print(format(True, "d"), format(False, ">6"), format(True, "x"), format(True, ".2f"))
print(format(2 ** 100, ","), format(-(2 ** 64), "x"), format(10 ** 30, "e"))
print(format(1 / 3, ".15g"), format(2 / 3, ".17g"), format(0.1, ".25f"))
total = 0.0
for price in [19.99, 5.01, 0.5]:
    total += price
    print(format(price, ">8.2f"), format(total, ">10,.2f"))
