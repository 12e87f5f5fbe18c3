# A generator expression inside a function does not make the function a
# generator: its `return` with a value is a plain return.
def doubled_total(n):
    g = (i * 2 for i in range(n))
    return sum(g)


def pieces(idos):
    perms = (p * 10 for p in idos)
    out = []
    for p in perms:
        out.append(p)
    return (len(out), out)


print(doubled_total(5))
print(pieces([1, 2, 3]))
