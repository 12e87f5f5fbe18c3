# %d of a str raises TypeError.
print("%d" % 42)
value = "42"
print("%s" % value, "%r" % value, "%5s|" % value)
print("%d" % int(value), "%x" % int(value), "%.1f" % float(value))
for v in [1, 2.5, True]:
    print("%d %s" % (v, v))
print("%c%c" % (72, "i"))
print("%s|%-4s|" % (value, value))
print("%d" % value)
