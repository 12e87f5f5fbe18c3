# Indexing past the end of a str raises IndexError.
s = "héllo"
print(s[0], s[4], s[-5])
for i in range(len(s)):
    print(i, s[i])
print(s[5])
