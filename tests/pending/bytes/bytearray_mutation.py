# bytearray is a mutable sequence of bytes.
ba = bytearray(b"hello")
ba[0] = 74
print(ba, len(ba))
ba.append(33)
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EE"
print(ba, bytes(ba))
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 106)
ba.reverse()
print(ba)
z = bytearray(4)
print(z, bytearray([65, 66]), bytearray("é", "utf-8"))
z += b"\x01"
print(z, z.hex())
print(ba.decode(), ba == bytearray(ba), ba.upper())
