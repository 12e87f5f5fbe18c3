# str.format with the integer presentation types b c d n o x X, # and widths.
for n in [0, 1, 7, 10, 255, -255, 4096, 2 ** 40, -(2 ** 70)]:
    print("{0:d}|{0:b}|{0:o}|{0:x}|{0:X}|{0:n}".format(n))
for n in [0, 5, 255, -42]:
    print("{0:#b}|{0:#o}|{0:#x}|{0:#X}|{0:#012b}|{0:#08x}".format(n))
for n in [65, 233, 8364, 128512]:
    print("[{0:c}] [{0:>3c}] [{0:*^5c}]".format(n))
print("{:>10b}|{:<10o}|{:^10x}|{:010X}".format(5, 64, 255, 48879))
print("{:+b} {:+o} {:+x} {: x} {:-x}".format(5, 8, 255, 255, 255))
print("{:d} {:x} {:o}".format(True, False, True))
print("{:,d} {:_d} {:_b} {:_o} {:_X}".format(10 ** 9, 10 ** 9, 1023, 4095, 2 ** 32))
