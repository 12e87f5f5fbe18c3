# str.index raises ValueError when the substring is missing.
s = "hello world"
print(s.index("o"), s.rindex("o"), s.find("z"), s.rfind("z"))
print(s.index("world"), s.index("l", 4), s.rindex("l", 0, 5))
for sub in ["he", "lo w", "d"]:
    print(repr(sub), s.index(sub), s.rindex(sub))
print(s.find("z") == -1)
where = s.index(" ")
print(where, s[:where], s[where + 1:])
print(s.index("z"))
