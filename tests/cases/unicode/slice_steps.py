# Slices with steps on non-ASCII text, including negative steps and clamped bounds.
s = "αβγδεζηθικ"
print(s[::2], s[1::2], s[::3], s[::-1])
print(s[2:8], s[2:8:2], s[8:2:-1], s[8:2:-3])
print(s[-3:], s[:-3], s[-3::-1], s[:-3:-1])
print(s[-100:3], s[7:100], repr(s[5:5]), repr(s[8:2]))
e = "😀a😁b😂c🤣"
print(e[::2], e[1::2], e[::-2], e[-2::-2])
cjk = "一二三四五六七八九十"
print(cjk[1:9:3], cjk[::-4], cjk[-1:-11:-5])
mixed = "abcdéfghïj"
for step in [1, 2, 3, -1, -2, -3]:
    print(step, mixed[::step])
for start in range(-3, 3):
    print(start, mixed[start:start + 3])
