# bytes() from an int, a list of ints, a str with an encoding, and back to list.
print(bytes(3), bytes([65, 66, 67]), bytes("abc", "ascii"), bytes(b"copy"))
print(bytes(range(65, 70)), list(b"AZ"), tuple(b"az"))
print(bytes([x * 2 for x in range(5)]))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"-", b"" * 10)
chunks = [b"one", b"two", b"three"]
joined = b",".join(chunks)
print(joined, joined.split(b","))
print(bytes(bytearray(b"x")), bytes.__name__)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
