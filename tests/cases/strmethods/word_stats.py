# A small text analysis combining many str methods.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness..."""
clean = ""
for ch in text.lower():
    if ch.isalpha() or ch.isspace():
        clean += ch
words = clean.split()
print(len(words), words[:6])
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, len(longest))
print(text.count("it was"), text.lower().count("it was"))
first_line = text.splitlines()[0]
print(first_line.title())
print(first_line.replace("times", "TIMES", 1))
initials = ""
for w2 in words[:8]:
    initials += w2[0].upper()
print(initials)
print(text.find("age"), text.rfind("age"), text.startswith("It"), text.endswith("..."))
print(text.strip(".").rsplit(" ", 1)[-1])
