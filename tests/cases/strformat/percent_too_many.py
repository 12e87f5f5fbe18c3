# Passing more values than conversions raises TypeError.
print("%s" % "one")
print("%s %s" % ("a", "b"))
for n in range(3):
    print("%s%s" % ("x" * n, "!"))
print("%s" % [1, 2], "%s" % ((1, 2),))
args = ("a", "b")
print(len(args))
print("%s|%s" % args)
print("%s" % args)
