# str methods named as functions: sort keys, map and filter.
words = ["banana", "Apple", "cherry", " date ", "42", "x7", "Élan"]
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
print(list(map(str.upper, words)))
print(list(map(str.strip, words)))
print(list(filter(str.isdigit, words)), list(filter(str.isalpha, words)))
print(max(words, key=str.lower), min(words, key=str.swapcase))
print([int(w) for w in filter(str.isdigit, words)], sum(map(len, words)))
titled = ", ".join(map(str.title, ["the quick", "brown fox"]))
print(titled)
