# Lexicographic string comparison by code point.
print("apple" < "banana", "apple" < "Apple", "Zebra" < "apple")
print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "abcd")
print("" < "a", "" == "", "a" > "", "" <= "")
print("10" < "9", "100" < "99", "2" > "10")
print("a" <= "a", "a" >= "b", "b" >= "a")
print("é" > "z", "é" < "ê", "日本" > "abc", "😀" > "日")
print("ABC" < "abc", "a b" < "ab", " " < "!")
print("abc" < "abcde" < "abd", "x" == "x" == "x")
s = "hello"
t = "hel" + "lo"
print(s == t, s != t, s < t, s <= t)
u = "hel"
u += "p"
print(u, u > s, u < s)
print("café" == "cafe" + "\u0301", "café" == "caf\u00e9")
print("pear" > "peach", "pea" < "peach" < "pear")
