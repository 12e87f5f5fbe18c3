# bytes.hex() and bytearray.hex(), with and without a separator.
data = b"\x00\x01\xab\xff"
print(data.hex(), b"".hex(), b"hello".hex())
print(data.hex(":"), data.hex("-", 2), b"abcdef".hex(" ", -2))
print(bytearray(b"\xde\xad\xbe\xef").hex())
print("Molt".encode().hex(), "é😀".encode("utf-8").hex())
print(bytes(range(16)).hex())
print(bytes([255, 0, 127]).hex(), len(bytes([255, 0, 127]).hex()))
