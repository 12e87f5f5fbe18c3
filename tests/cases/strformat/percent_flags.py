# %-formatting flags: - + space 0 #, width, precision and * from the arguments.
for n in [42, -42, 0]:
    print("[%d] [%5d] [%-5d] [%05d] [%+d] [% d] [%+05d] [%-+6d]" % (n, n, n, n, n, n, n, n))
for n in [255, -255, 0]:
    print("[%x] [%X] [%#x] [%#X] [%o] [%#o] [%08x] [%#08x]" % (n, n, n, n, n, n, n, n))
for x in [1.23456, -0.5, 1234567.0, 0.0001]:
    print("[%f] [%.2f] [%10.3f] [%-10.1f] [%e] [%.3E] [%g] [%G] [%+.1f]" % (x, x, x, x, x, x, x, x, x))
print("[%s] [%10s] [%-10s] [%.2s] [%r] [%c] [%c]" % ("text", "text", "text", "text", "text", "A", 97))
print("[%*d] [%-*d] [%.*f] [%*.*f]" % (6, 1, 6, 2, 2, 1.23456, 8, 3, 1.61803))
print("[%#.0f] [%#g] [%.0e] [%%]" % (2.0, 1.5, 12345.0))
print("%s %s %s" % (1, 2.5, "x"), "%d%%" % 50, "%%s" % ())
