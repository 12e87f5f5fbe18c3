# printf-style %-formatting with the common conversions.
print("%d items" % 5)
print("%s and %s" % ("cats", "dogs"))
print("%r vs %s" % ("x", "x"))
print("%f %e %g" % (3.14159, 31415.9, 0.00001234))
print("%x %X %o %c %c" % (255, 255, 8, 65, "z"))
print("%i %u %%" % (-3, 7))
print("%s" % [1, 2], "%s" % (1.5,), "%s" % None)
print("%d" % 3.99, "%d" % True, "%s" % True)
print("%a" % "é", "%r" % "é")
n = 3
print("%d%%" % (n * 10))
print("no args %%" % ())
