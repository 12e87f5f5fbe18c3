# max() of an empty list of strs raises ValueError.
words = "  ".split()
print(words, len(words))
print(max(words))
