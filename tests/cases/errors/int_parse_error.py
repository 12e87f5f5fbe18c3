# int("abc") raises ValueError.
texts = "12"
print(int(texts) + 1)
print(int("-7") * 2)
print(int("  99  "))
print(int("abc"))
