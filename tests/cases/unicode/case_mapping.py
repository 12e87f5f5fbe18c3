# Case mapping beyond ASCII: special expansions like ß, title case, casefold.
words = ["straße", "ÉCOLE", "ǆungla", "İstanbul", "ﬁre", "ΣΊΣΥΦΟΣ", "mañana"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in words:
    print(len(w), len(w.upper()), len(w.lower()))
print("ß".upper(), "ß".casefold(), "ß".upper().lower())
print("STRASSE".casefold() == "straße".casefold(), "STRASSE".lower() == "straße".lower())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle())
print("Ω".lower(), "ω".upper(), "µ".upper(), "ÿ".upper())
print("ὈΔΥΣΣΕΎΣ".lower())
