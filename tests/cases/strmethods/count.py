# count() of substrings, non-overlapping, with optional bounds.
s = "abababa"
print(s.count("a"), s.count("ab"), s.count("aba"), s.count("x"))
print(s.count(""), "".count(""), "".count("a"))
print(s.count("a", 2), s.count("a", 2, 5), s.count("a", -3))
text = "the cat sat on the mat with the hat"
print(text.count("the"), text.count("at"), text.count(" "))
print("ßßß".count("ß"), "日本日本日".count("日本"))
dna = "AGCTTAGCTAAGGCTAGCT"
for base in "ACGT":
    print(base, dna.count(base))
print(dna.count("AGCT"), dna.count("GC"))
