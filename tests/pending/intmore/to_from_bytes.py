# int.to_bytes and int.from_bytes with byte order and sign.
for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1]:
    print(n, n.to_bytes(4, "big"), n.to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x00\x01", "little"), int.from_bytes(b"", "big"))
big = 2 ** 100 + 12345
raw = big.to_bytes(13, "big")
print(raw.hex(), int.from_bytes(raw, "big") == big)
print((1000).to_bytes(2), int.from_bytes([1, 0]))
