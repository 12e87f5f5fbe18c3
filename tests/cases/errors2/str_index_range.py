# Indexing a str past its end raises IndexError: string index out of range.
s = "héllo"
for i in range(-5, 5):
    print(i, s[i])
n = len(s)
print(s[n - 1])
print(s[n])
