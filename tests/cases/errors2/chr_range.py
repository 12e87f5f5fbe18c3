# chr() of a code point beyond U+10FFFF raises ValueError.
print(chr(0x10FFFF) == "\U0010ffff")
for cp in [0x41, 0xE9, 0x65E5, 0x1F600]:
    print(hex(cp), chr(cp), ord(chr(cp)) == cp)
word = "".join([chr(c) for c in [77, 111, 108, 116]])
print(word, [ord(c) for c in word], max([ord(c) for c in word]))
codes = [72, 105, 0x110000]
text = ""
for c in codes:
    text += chr(c)
    print(repr(text))
