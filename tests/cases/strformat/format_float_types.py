# str.format with the float presentation types e E f F g G % and their precision.
vals = [0.0, 1.0, -2.5, 1.23456789, 12345.6789, 0.000123456, 1e20, 1e-20, 123456789.0]
for v in vals:
    print("{0:e}|{0:.2E}|{0:f}|{0:.1F}|{0:g}|{0:.3G}|{0:.1%}".format(v))
for p in range(0, 7):
    print(p, "{0:.{1}f} {0:.{1}e} {0:.{1}g}".format(2 / 3, p))
print("{:g} {:g} {:g} {:g}".format(1e-4, 1e-5, 1e15, 1e16))
print("{:G} {:E} {:F}".format(1e-10, 1e300, float("inf")))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print("{:#.0f} {:#.0e} {:#g} {:#.3g}".format(3.0, 3.0, 2.0, 1.0))
print("{:%} {:.0%} {:.2%}".format(1 / 3, 0.005, -0.0001))
print("{:f} {:e} {:g}".format(10, 10, 10))
