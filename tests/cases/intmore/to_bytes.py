# int.to_bytes with big and little byte order, signed and unsigned.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"), (1).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 100).to_bytes(13, "big").hex())
n = 0x12345678
print(n.to_bytes(4, "big").hex(), n.to_bytes(4, "little").hex(), n.to_bytes(6, "big"))
print((65).to_bytes(1, "big").decode())
