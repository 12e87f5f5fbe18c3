# `if obj.attr:` and `if obj.attr is not None:` narrow the attribute of a
# variable to its type without None, until the variable or an attribute of
# that name is assigned, or a function of the program is called.


class Options:
    def __init__(self, name, size):
        self.name = name
        self.size = size


def label(opts):
    text = "plain"
    if opts.name:
        text = "named_%s" % opts.name
        text += "/" + opts.name.upper()
    if opts.size is not None:
        text += " size=" + str(opts.size * 2)
    return text


table = {"a": 1, "b": 2}


def lookup(opts):
    if opts.name is None:
        return -1
    return table[opts.name]


print(label(Options("a", 3)))
print(label(Options(None, None)))
print(label(Options("", 0)))
print(lookup(Options("b", None)), lookup(Options(None, 1)))
