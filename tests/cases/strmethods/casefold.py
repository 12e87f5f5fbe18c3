# casefold() for caseless matching, next to lower().
words = ["Hello", "HELLO", "hello", "Straße", "STRASSE", "ﬁle", "FILE", "ΣΊΣΥΦΟΣ", "σίσυφος"]
for w in words:
    print(w, w.lower(), w.casefold())
print("Straße".casefold() == "STRASSE".casefold())
print("Straße".lower() == "STRASSE".lower())
print("ﬁle".casefold() == "FILE".casefold())
print("µ".casefold(), "ς".casefold(), "İ".casefold(), len("İ".casefold()))
target = "strasse"
for w in words:
    if w.casefold() == target:
        print("match", w)
seen: dict[str, int] = {}
for w in words:
    key = w.casefold()
    seen[key] = seen.get(key, 0) + 1
print(seen)
print(sorted(words, key=str.casefold))
