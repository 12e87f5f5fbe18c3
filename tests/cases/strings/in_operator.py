# Substring tests with in and not in.
s = "the quick brown fox"
print("quick" in s, "slow" in s, "fox" in s, "the" in s)
print("" in s, "" in "", "a" in "", s in s, (s + "!") in s)
print("brown fox" in s, "brownfox" in s, " " in s)
print("Quick" in s, "QUICK" not in s, "q" not in s)
print("é" in "café", "e" in "café", "日本" in "日本語", "語日" in "日本語")
word = "ana"
text = "banana"
print(word in text, word not in text, text in word)
count = 0
for w in range(5):
    needle = "a" * w
    if needle in text:
        count += 1
    print(repr(needle), needle in text)
print(count)
print(not "x" in "abc", "x" not in "abc")
vowels = "aeiou"
consonants = 0
for c in range(97, 123):
    ch = f"{c:c}"
    if ch not in vowels:
        consonants += 1
print(consonants)
