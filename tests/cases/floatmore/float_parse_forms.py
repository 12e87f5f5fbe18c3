# float(str) accepts signs, exponents, underscores, surrounding spaces, inf and nan spellings.
for s in ["1", "-1.5", "+.5", "5.", "1e3", "1E-3", "-1.5e+10", "  2.5\n", "1_000.000_1", "16",
          "inf", "-Infinity", "nAn", "1e400", "-1e400", "1e-400", "000.001", "9007199254740993"]:
    print(repr(s), float(s))
print(float(10), float(-3), float(2 ** 70), float(True), float(10 ** 308))
print(float("0.1") + float("0.2"), float("3.14") * 2)
