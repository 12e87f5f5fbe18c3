# bytearray.insert(i, byte) inserts one byte before index i.
ba = bytearray(b"ace")
ba.insert(1, 98)
ba.insert(-1, 100)
ba.insert(100, 102)
print(ba)
