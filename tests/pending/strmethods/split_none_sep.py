# split(None, n) and rsplit(None, n): an explicit None separator means whitespace.
s = "  a  b   c d  "
for n in range(-1, 4):
    print(n, s.split(None, n), s.rsplit(None, n))
