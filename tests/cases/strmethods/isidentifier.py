# isidentifier(): Python's rules for names, including non-ASCII letters.
names = ["x", "_", "__init__", "x1", "1x", "", "my-name", "my name", "café", "日本", "αβγ",
         "class", "None", "a.b", "_1", "ℕ", "x²", "٣x", "x٣", "😀", "A_B_C"]
for n in names:
    print(repr(n), n.isidentifier())
valid = [n for n in names if n.isidentifier()]
print(len(valid), valid)
