# Passing fewer values than conversions raises TypeError.
print("%d-%d" % (1, 2))
pairs = [(1, 2), (3, 4)]
for p in pairs:
    print("%d+%d=%d" % (p[0], p[1], p[0] + p[1]))
print("%s" % "single", "%s" % ("tuple",))
short = (1,)
print(len(short))
print("%s-%s" % (short[0], "pad"))
print("%d-%d" % short)
