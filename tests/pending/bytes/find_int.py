# bytes.find/count/index/in also accept an int byte value.
b = b"one two three"
print(b.find(111), b.rfind(111), b.count(101), b.index(116), 116 in b, b.find(256 - 1))
