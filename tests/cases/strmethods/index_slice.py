# Indexing and slicing strs, with negative indexes and steps, on non-ASCII too.
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[:5], s[7:], s[-5:], s[:-7])
print(s[::2], s[1::2], s[::-1])
print(s[10:2:-2], s[-1:-6:-1], s[100:], s[:100])
word = "naïve café"
print(word[2], word[-1], word[:5], word[::-1])
emoji = "a😀b🎉c"
print(emoji[1], emoji[3], len(emoji), emoji[::-1], emoji[1:4])
cjk = "日本語のテキスト"
print(cjk[0], cjk[-1], cjk[2:4], cjk[::3])
n = len(s)
mirror = ""
for i in range(n):
    mirror += s[n - 1 - i]
print(mirror == s[::-1])
print("racecar"[::-1] == "racecar", "abc"[1:1] == "")
