# Generator expressions iterating over strings: character filters, joins and counts.
sentence = "Generators are lazy, and laziness is a virtue!"
vowels = sum(1 for ch in sentence if ch.lower() in "aeiou")
print(vowels)
print("".join(ch for ch in sentence if ch.isalpha()).lower())
print("".join(ch.upper() if i % 2 == 0 else ch for i, ch in enumerate("alternate")))
caps = (w.capitalize() for w in sentence.split())
print(" ".join(caps))
print(sum(ord(c) - ord("a") + 1 for c in "abc"))
codes = (ord(c) for c in "Molt")
print(next(codes), list(codes))
word = "mississippi"
print(sorted((c, word.count(c)) for c in set(word)))
print(max(sentence.split(), key=lambda w: sum(1 for c in w if c in "aeiou")))
print(tuple(c for c in "a1b2c3" if c.isdigit()))
