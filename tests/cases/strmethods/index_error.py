# str.index raises ValueError when the substring is missing.
s = "hello world"
print(s.index("o"), s.rindex("o"), s.find("z"))
print(s.index("z"))
