# str.format with automatic and explicit positional fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{1}{0}".format("x", "y"), "{}".format([1, 2]), "{}".format(None))
print("{{literal}} {}".format("braces"))
print("{0!r} {0!s} {0!a}".format("é"))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{0:*^10}".format("mid"))
print("".format(), "{}".format(""), "a{}b".format(1.0))
for i in range(3):
    print("item {} of {}: {}".format(i + 1, 3, "xyz"[i]))
