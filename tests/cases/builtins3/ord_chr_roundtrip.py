# ord and chr are inverses; chr builds strs from code points.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("~"))
print(chr(97), chr(65), chr(48), repr(chr(10)), repr(chr(0)), chr(126))
print("".join(chr(c) for c in range(65, 91)))
print([ord(c) - ord("a") for c in "hello"])
shift = 3
secret = "".join(chr((ord(c) - ord("a") + shift) % 26 + ord("a")) for c in "attackatdawn")
print(secret)
plain = "".join(chr((ord(c) - ord("a") - shift) % 26 + ord("a")) for c in secret)
print(plain)
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 37)))
print(sum(ord(c) for c in "Molt"), max("Molt", key=ord), chr(ord("z") - 25))
