# int.from_bytes with both byte orders, signed and unsigned.
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(bytes(20), "little"))
print(int.from_bytes(b"\x80" + bytes(15), "big", signed=True))
print(int.from_bytes("Molt".encode(), "big"), int.from_bytes([1, 2, 3], "little"))
