# Comprehensions over strs produce lists of chars, codes or words.
s = "Hello, Wörld 42!"
print([c for c in s if c.isalpha()])
print([ord(c) for c in "abc"])
print([c.upper() for c in "héllo"])
print("".join([c for c in s if not c.isspace()]))
print("".join([c if c.isalnum() else "_" for c in s]))
print([int(d) for d in "90210"])
print(sum([int(d) for d in str(2 ** 50)]))
words = "the quick brown fox".split()
print([w.capitalize() for w in words])
print([w[0] for w in words], "".join([w[0] for w in words]).upper())
print([chr(ord("a") + i) for i in range(5)])
print([c * 2 for c in "日本"])
vowels = [c for c in "onomatopoeia" if c in "aeiou"]
print(vowels, len(vowels))
