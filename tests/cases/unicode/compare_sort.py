# Comparing and sorting non-ASCII strings goes by code point.
words = ["zebra", "Äpfel", "apple", "école", "Zürich", "éclair", "日本", "Ωmega", "añejo", "ant"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(min(words), max(words))
print("a" < "á", "á" < "b", "ä" > "z", "abc" < "abd", "ab" < "abc")
print("é" == "e\u0301", len("é"), len("e\u0301"))
pairs = [("ü", 1), ("u", 2), ("ú", 3)]
print(sorted(pairs))
print("résumé" * 2, "-".join(sorted(set("mississippi"))))
print(["ñ", "n", "o"] < ["ñ", "o"], ("é", 1) < ("é", 2))
