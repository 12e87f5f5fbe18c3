# hex() and bytes.fromhex convert between bytes and hexadecimal text.
b = bytes([0, 1, 15, 16, 127, 128, 255])
print(b.hex())
print(b.hex(":"), b.hex(" ", 2), b.hex("-", -3))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
print(list(bytes.fromhex("00ff10")))
print("héllo".encode().hex())
print(bytes.fromhex("68c3a96c6c6f").decode())
for n in [0, 1, 255, 256, 65535]:
    print(n, n.to_bytes(2, "big").hex())
print(bytes.fromhex("41 42\n43"), bytearray.fromhex("ff00").hex())
