# Indexing past the end of a str raises IndexError.
s = "héllo"
print(s[0], s[4], s[-5])
for i in range(len(s)):
    print(i, s[i], ord(s[i]), s[-1 - i])
word = "日本"
print(word[1], len(word), word[-2])
print(s[len(s) - 1])
tail = s[-2:]
print(tail, tail.upper(), len(tail))
print(s[5])
