# replace(old, new) and replace(old, new, count).
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("fish", "cat", -1))
print(s.replace("shark", "cat"))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("hello".replace("l", ""), "a.b.c".replace(".", ".."))
print("café".replace("é", "e"), "日本日本".replace("日", "月", 1))
text = "tab\tseparated\tvalues"
print(text.replace("\t", " | "))
count = 0
t = "banana"
while "an" in t:
    t = t.replace("an", "", 1)
    count += 1
print(t, count)
