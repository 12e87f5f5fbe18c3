# expandtabs() with the default tab size 8 and explicit sizes.
s = "a\tbc\tdef\tg"
print(repr(s.expandtabs()))
print(repr(s.expandtabs(4)))
print(repr(s.expandtabs(1)))
print(repr(s.expandtabs(0)))
print(repr("\t".expandtabs()), repr("\t\t".expandtabs(3)))
print(repr("12345678\tx".expandtabs()), repr("1234567\tx".expandtabs()))
print(repr("line1\tA\nline22\tB".expandtabs(6)))
print(repr("x\r\ty".expandtabs(4)))
print(repr("é\tü\t日".expandtabs(4)))
print(repr("no tabs".expandtabs(2)), repr("".expandtabs()))
rows = ["name\tqty\tprice", "apple\t3\t1.25", "watermelon\t10\t3.5"]
for r in rows:
    print(r.expandtabs(12) + "|")
for size in range(1, 6):
    print(size, repr("ab\tc\td".expandtabs(size)), len("ab\tc\td".expandtabs(size)))
