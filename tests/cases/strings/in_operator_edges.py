# `in` and `not in` on strs: substrings, the empty string, case and non-ASCII.
s = "Hello, World"
for sub in ["Hello", "hello", "o, W", "", "World!", "d", "Hello, World", " "]:
    print(repr(sub), sub in s, sub not in s)
print("" in "", "a" in "", "é" in "café", "e" in "café", "😀" in "a😀b")
vowels = "aeiou"
text = "programming language"
print([c for c in text if c in vowels])
print(sum(1 for c in text if c not in vowels and c != " "))
print("ab" in ["ab", "cd"], "a" in ["ab", "cd"], "ab" in "xaby")
print("ss" in "Straße".lower(), "ss" in "Straße".casefold())
