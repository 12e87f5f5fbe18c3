# int.from_bytes, int.to_bytes and bytes.fromhex.
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"", "big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
n = 2 ** 40 + 5
b = n.to_bytes(8, "big")
print(b, len(b), int.from_bytes(b, "big") == n)
h = bytes.fromhex("de ad be ef")
print(h, h.hex(), int.from_bytes(h, "big"))
print(bytes.fromhex(""), bytes.fromhex("00ff10"))
checksum = 0
for byte in bytes.fromhex("0102030405"):
    checksum = (checksum * 31 + byte) % 65536
print(checksum, checksum.to_bytes(2, "big").hex())
print(int.from_bytes(bytes([1, 2, 3]), "little"))
