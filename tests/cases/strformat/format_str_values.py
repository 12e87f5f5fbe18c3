# Format specs on strs (precision truncates) and conversions !r !s !a.
s = "format"
print("[{:.3}] [{:10.3}] [{:>10.3}] [{:^10.3}] [{:.0}] [{:.20}]".format(s, s, s, s, s, s))
print("[{:s}] [{:10s}] [{:<10s}] [{:.2s}]".format(s, s, s, s))
print("[{!r}] [{!s}] [{!a}]".format("é'x", "é'x", "é'x"))
print("[{!r:>10}] [{!r:.3}] [{!a:^12}]".format("ab", "abcd", "日本"))
print("[{0}] [{0!r}] [{0:>5}] [{0!r:>5}]".format("q"))
print("[{}] [{!r}]".format([1, 2], ["a", "b"]))
print("[{:.1}] [{:.2}]".format("é日😀", "é日😀"))
print("{0}{1}{0}".format("ab", "-"), "{{{}}}".format("in"), "{{}}".format())
name = "pad"
for w in range(2, 7):
    print("[{0:{1}}] [{0:>{1}}] [{0:^{1}.2}]".format(name, w))
