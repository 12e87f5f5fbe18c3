# bytearray is a mutable bytes: append, extend, pop, insert, item assignment, del.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba))
ba[0] = 90
print(ba, ba.pop(), ba)
del ba[0]
print(ba)
ba += b"!!"
print(ba)
alias = ba
alias.append(63)
print(ba, alias)
ba.reverse()
print(ba, ba.decode())
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
counts = bytearray(4)
counts[1] = 7
counts[-1] = 255
print(list(counts))
