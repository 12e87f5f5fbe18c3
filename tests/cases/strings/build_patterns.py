# Building text shapes with string repetition and concatenation.
def row(n: int, width: int) -> str:
    pad = " " * ((width - n) // 2)
    return pad + "#" * n + pad


def box(w: int, h: int) -> None:
    print("+" + "-" * w + "+")
    for i in range(h):
        print("|" + " " * w + "|")
    print("+" + "-" * w + "+")


for n in range(1, 10, 2):
    print("[" + row(n, 9) + "]")
box(6, 2)
box(0, 0)
checker = ""
for r in range(4):
    line = ""
    for c in range(8):
        if (r + c) % 2 == 0:
            line += "#"
        else:
            line += "."
    checker += line + "\n"
print(checker, end="")
ruler = ""
for i in range(1, 31):
    if i % 10 == 0:
        ruler += str(i // 10)
    elif i % 5 == 0:
        ruler += "+"
    else:
        ruler += "-"
print(ruler)
