# Storing a value outside 0..255 in a bytearray raises ValueError.
ba = bytearray(b"ab")
for v in [0, 255, 128, 256]:
    ba.append(v)
    print(list(ba))
