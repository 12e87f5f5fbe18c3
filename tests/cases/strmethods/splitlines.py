# splitlines() on every kind of line ending, plus iterating the result.
text = "first\nsecond\r\nthird\rfourth\n\nsixth"
print(text.splitlines())
print("trailing\n".splitlines(), "\n".splitlines(), "".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("one\n".split("\n"), "one\n".splitlines())
poem = """Roses are red,
  Violets are blue,
Sugar is sweet,
    And so are you."""
lines = poem.splitlines()
print(len(lines))
for i in range(len(lines)):
    print(str(i + 1).rjust(2), "|", lines[i].strip(), "|", len(lines[i]))
longest = ""
for ln in lines:
    if len(ln) > len(longest):
        longest = ln
print(repr(longest))
