# to_bytes with too few bytes raises OverflowError.
print((255).to_bytes(1, "big"))
for n in [1, 255, 256, 65535, 65536]:
    size = (n.bit_length() + 7) // 8
    print(n, size, n.to_bytes(size, "big"))
print((-128).to_bytes(1, "big", signed=True))
print((-129).bit_length())
print((128).to_bytes(2, "big", signed=True))
print(int.from_bytes((65535).to_bytes(2, "big"), "big"))
print((256).to_bytes(1, "big"))
