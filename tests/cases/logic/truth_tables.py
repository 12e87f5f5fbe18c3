# Truth tables for not/and/or and derived operators.
def implies(p: bool, q: bool) -> bool:
    return not p or q


def xor(p: bool, q: bool) -> bool:
    return p != q


print("p", "q", "and", "or", "xor", "imp", "nand", sep="\t")
for i in range(2):
    for j in range(2):
        p = i == 1
        q = j == 1
        print(p, q, p and q, p or q, xor(p, q), implies(p, q), not (p and q), sep="\t")
ok = True
for i in range(2):
    for j in range(2):
        p = i == 1
        q = j == 1
        if (not (p and q)) != (not p or not q):
            ok = False
        if (not (p or q)) != (not p and not q):
            ok = False
print("de morgan holds:", ok)
print(True and False or True, True and (False or True), not True or True, not (True or True))
print(False or not False and False)
