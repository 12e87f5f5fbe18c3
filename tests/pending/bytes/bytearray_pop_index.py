# bytearray.pop(i) removes and returns the byte at index i.
ba = bytearray(b"abcdef")
print(ba.pop(0), ba.pop(-2), ba.pop(1), ba)
