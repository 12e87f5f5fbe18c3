# Encoding a non-ASCII str as ASCII raises UnicodeEncodeError.
print("plain".encode("ascii"))
words = ["simple", "naïve", "日本"]
for w in words:
    print(w, w.encode("utf-8"), w.encode("ascii", "replace"))
for w in words:
    print(w.isascii(), end=" ")
print()
word = words[1]
print(word.encode("latin-1"))
print(word.encode("ascii"))
