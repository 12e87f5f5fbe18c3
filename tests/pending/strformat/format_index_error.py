# A positional field without a matching argument raises IndexError.
print("{} {}".format("a", "b"))
print("{0} {0} {1}".format("x", "y"))
templates = ["{}", "{}-{}", "{1}{0}"]
for t in templates:
    print(t.format("p", "q"))
print("{}{}".format(*"ab"))
t2 = "{} {} {}"
print(t2.count("{}"))
print(t2.format("only", "two"))
