# len and indexing count code points, not bytes, in every script.
words = ["naïve", "Ωμέγα", "日本語", "😀🎉🐍", "e\u0301", "ß", "Straße"]
for w in words:
    print(w, len(w), w[0], w[-1], len(w.encode("utf-8")))
s = "añb€c😀d"
for i in range(len(s)):
    print(i, s[i], s[-1 - i], ord(s[i]))
print(s[len(s) - 1], s[-len(s)])
mixed = "aé日😀"
codes = [ord(c) for c in mixed]
print(codes, max(codes), min(codes))
print("".join([mixed[i] for i in range(len(mixed) - 1, -1, -1)]))
