# Counting adjacent pairs of letters with tuple keys.
text = "abracadabra"
counts: dict[tuple[str, str], int] = {}
for i in range(len(text) - 1):
    pair = (text[i], text[i + 1])
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
most = ("", "")
most_n = 0
for p, n in counts.items():
    if n > most_n:
        most = p
        most_n = n
print(most, most_n)
pairs = sorted(counts.items())
print(pairs)
for pair2, n2 in pairs:
    print(pair2[0] + pair2[1], "#" * n2)
