# A text histogram of letter frequencies, labels padded with ljust.
text = "Sphinx of black quartz, judge my vow! Pack my box with five dozen liquor jugs."
freq: dict[str, int] = {}
for ch in text.lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
for letter in sorted(list(freq.keys())):
    if freq[letter] >= 3:
        print(letter.ljust(3, ".") + "|" + "*" * freq[letter], freq[letter])
lengths: dict[int, int] = {}
for w in text.split():
    n = len(w.strip(",.!"))
    lengths[n] = lengths.get(n, 0) + 1
for n2 in sorted(list(lengths.keys())):
    print(str(n2).rjust(2), "#" * lengths[n2])
