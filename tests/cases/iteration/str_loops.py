# for over strs, with break/continue/else.
for ch in "abc":
    print(ch, end="-")
print()
word = "encyclopedia"
for ch in word:
    if ch in "aeiou":
        print("first vowel", ch)
        break
for ch in "rhythm":
    if ch in "aeiou":
        print("has a vowel")
        break
else:
    print("no vowels in rhythm")
spaced = ""
for ch in "日本語":
    spaced += ch + " "
print(spaced.strip())
upper_count = 0
for ch in "Hello World From Python":
    if not ch.isupper():
        continue
    upper_count += 1
print(upper_count)
for line in "a\nbb\nccc".splitlines():
    for ch in line:
        print(ch.upper(), end="")
    print(len(line))
