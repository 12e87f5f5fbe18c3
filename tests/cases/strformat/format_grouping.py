# Thousands separators , and _ for ints and floats, with width and zero padding.
for n in [0, 999, 1000, -1000, 1234567, -9876543210, 10 ** 20]:
    print("{0:,}|{0:_}|{0:>16,}|{0:016,}|{0:+,}".format(n))
for x in [0.0, 999.5, 1234.5678, -1234567.891, 1e15]:
    print("{0:,.2f}|{0:_.1f}|{0:,}|{0:015,.3f}|{0:,.3e}|{0:,g}".format(x))
print("{:_x} {:_o} {:_b} {:#_x}".format(2 ** 40 - 1, 2 ** 30, 2 ** 16 - 1, 255 * 256))
print("{:,%} {:_.0%}".format(123.456, 9999.0))
print("{:010,} {:011,} {:012,}".format(1234, 1234, 1234))
print(format(1234567, ","), format(-0.5, ",.2f"), format(10 ** 6, "_"))
