# split/rsplit with maxsplit, whitespace runs and explicit separators.
s = "  a  b   c d  "
for n in range(-1, 5):
    print(n, s.split(maxsplit=n), s.rsplit(maxsplit=n))
t = "a,b,,c,"
for n in range(-1, 5):
    print(n, t.split(",", n), t.rsplit(",", n))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a-b-c".split(sep="-"), "a-b-c".rsplit(sep="-", maxsplit=1))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print("x\ty\nz\x0bw\x0cv\rq".split())
