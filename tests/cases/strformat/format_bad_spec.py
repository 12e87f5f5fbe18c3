# An int format code applied to a str raises ValueError.
print("{:>5}".format("ok"))
print("{:d}|{:5d}|{:<5d}|".format(1, 22, 333))
values = ["7", "42", "x"]
for v in values:
    print("{:>4}".format(v), "{:^6}".format(v))
for v in values[:2]:
    print("{:04d}".format(int(v)))
print("{:s}|{:>3s}".format("ok", "x"))
print("{:d}".format("ok"))
