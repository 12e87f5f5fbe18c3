# Writing and reading non-ASCII text with encoding="utf-8", checked as bytes too.
import os

name = "molt_test_utf8.txt"
text = "héllo wörld\nñandú 🐍\n日本語\n"
with open(name, "w", encoding="utf-8") as f:
    f.write(text)
with open(name, encoding="utf-8") as f:
    back = f.read()
print(back == text)
print(len(back))
for line in back.splitlines():
    print(line, len(line))
with open(name, "rb") as f:
    raw = f.read()
print(len(raw))
print(raw[:6])
print(raw.decode("utf-8") == text)
os.remove(name)
print(os.path.exists(name))
