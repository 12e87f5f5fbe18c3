# is* predicates on non-ASCII characters.
samples = ["٣", "²", "½", "Ⅷ", "é", "日", "ß", "Σ", " ", "\u00a0", "\u3000", "\t", "_", "😀", "A1", "x²"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace())
for s in ["Élan", "éLAN", "ÉLAN", "日本", "ΑΒΓ", "αβγ"]:
    print(s, s.isupper(), s.islower(), s.istitle())
for s in ["naïve", "日本語", "_x1", "1x", "ℕ", "a-b", "x😀"]:
    print(s, s.isidentifier(), s.isprintable())
print(int("٣٤"), int("１２３"), float("٣.٥"))
