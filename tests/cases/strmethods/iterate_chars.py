# Iterating over a str yields one-character strs, including non-ASCII ones.
vowels = 0
for ch in "Programming Language":
    if ch in "aeiouAEIOU":
        vowels += 1
print(vowels)
for ch in "héllo😀":
    print(ch, ord(ch), len(ch))
caesar = ""
for c in "Attack at Dawn!":
    if c.isupper():
        caesar += chr((ord(c) - 65 + 3) % 26 + 65)
    elif c.islower():
        caesar += chr((ord(c) - 97 + 3) % 26 + 97)
    else:
        caesar += c
print(caesar)
run = ""
prev = ""
for c2 in "aaabccdddd":
    if c2 != prev:
        run += c2
        prev = c2
print(run)
