"""`if r is None: r = n` narrows `r` to int for the code that follows."""


def window(items, r=None):
    n = len(items)
    if r is None:
        r = n
    return items[:r], n - r + 1


def pick(names, default=None):
    first = names[0] if names else "x"
    if default is None:
        default = first
    return default.upper()


print(window([1, 2, 3]))
print(window([1, 2, 3], 2))
print(pick(["ab", "cd"]), pick(["ab"], "zz"), pick([]))
