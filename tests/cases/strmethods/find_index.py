# find/rfind return -1 when missing; index/rindex find the same positions.
s = "hello world, hello moon"
print(s.find("hello"), s.rfind("hello"), s.find("xyz"), s.rfind("xyz"))
print(s.find("o"), s.rfind("o"), s.index("o"), s.rindex("o"))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -4), s.rfind("o", 0, 10))
print(s.find(""), s.rfind(""), len(s))
print(s.index("world"), s.rindex("l"), s.index("moon", 10))
print("日本語テキスト".find("テ"), "ééé".rfind("é"), "a😀b😀".rfind("😀"))
pos = s.find("l")
found: list[int] = []
while pos != -1:
    found.append(pos)
    pos = s.find("l", pos + 1)
print(found)
email = "user.name@example.org"
at = email.find("@")
print(email[:at], email[at + 1:], email[email.rfind(".") + 1:])
