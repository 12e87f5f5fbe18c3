# float() parsing: whitespace, underscores, signs and special spellings.
for s in ["1.5", " 2.5 ", "-0.0", "+3", "1_000.5", "1e3", "1E-3", ".5", "5.", "7",
          "nan", "-inf", "Infinity", "  -iNF\n", "1e-400", "4.9e-324", "1.7976931348623157e308"]:
    print(repr(s), float(s))
print(float(10 ** 20), float(True), float(-7))
print(float("١.٥"), float("\u00a01.25\u2003"))
values = "3.5 -2 1e2 0.25".split()
nums = [float(v) for v in values]
print(nums, sum(nums))
print(float("0" * 50 + "1"), float("1" + "0" * 30), float("0." + "0" * 30 + "1"))
print(float("1e308") * 10 == float("inf"), float("-0") == 0.0, str(float("-0")))
