# ord() of a str that is not one character raises TypeError.
for w in "a b é 😀 xy".split():
    print(w, ord(w))
