# Unannotated functions calling other unannotated functions (including ones defined later).
def normalize(s):
    return strip_punct(s).lower()


def tokenize(s):
    return normalize(s).split()


def score(s):
    total = 0
    for tok in tokenize(s):
        total += word_value(tok)
    return total


def word_value(w):
    return sum(ord(c) - ord("a") + 1 for c in w)


def strip_punct(s):
    out = ""
    for c in s:
        if c.isalnum() or c == " ":
            out += c
    return out


lines = ["Hello, World!", "abc", "A b C.", "zz top"]
for line in lines:
    print(repr(normalize(line)), tokenize(line), score(line))
print(word_value("a"), word_value("z"), word_value("molt"))
best = lines[0]
for line in lines:
    if score(line) > score(best):
        best = line
print("best:", best, score(best))
